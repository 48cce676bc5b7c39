// Types i18next's t() with the English resources, so an unknown key is a type error.
import type { englishResources } from './resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'site';
    keySeparator: false;
    resources: typeof englishResources;
  }
}
