// All UI strings of every language, for build-time and CLI use. The browser must not import
// this module: it would ship every language (the checker island loads its own language only).
import type { Language } from './languages.ts';
import enSite from '../../locales/en/site.json';
import enMessages from '../../locales/en/messages.json';
import enCli from '../../locales/en/cli.json';
import enReport from '../../locales/en/report.json';
import enChecker from '../../locales/en/checker.json';
import enBundle from '../../locales/en/bundle.json';
import enForm from '../../locales/en/form.json';
import deSite from '../../locales/de/site.json';
import deMessages from '../../locales/de/messages.json';
import deCli from '../../locales/de/cli.json';
import deReport from '../../locales/de/report.json';
import deChecker from '../../locales/de/checker.json';
import deBundle from '../../locales/de/bundle.json';
import deForm from '../../locales/de/form.json';
import itSite from '../../locales/it/site.json';
import itMessages from '../../locales/it/messages.json';
import itCli from '../../locales/it/cli.json';
import itReport from '../../locales/it/report.json';
import itChecker from '../../locales/it/checker.json';
import itBundle from '../../locales/it/bundle.json';
import itForm from '../../locales/it/form.json';

/** English resources: the source of truth for keys and their types. */
export const englishResources = {
  site: enSite,
  messages: enMessages,
  cli: enCli,
  report: enReport,
  checker: enChecker,
  bundle: enBundle,
  form: enForm,
} as const;

/** The type of the English resources, which every language mirrors. */
export type EnglishResources = typeof englishResources;

/** The namespaces every language provides. */
export type Namespace = keyof EnglishResources;

/** Flat key/value strings of one namespace. */
export type Strings = Readonly<Record<string, string>>;

/** Every language's resources, namespace by namespace. */
export const resources: Readonly<Record<Language, Readonly<Record<Namespace, Strings>>>> = {
  en: englishResources,
  de: {
    site: deSite,
    messages: deMessages,
    cli: deCli,
    report: deReport,
    checker: deChecker,
    bundle: deBundle,
    form: deForm,
  },
  it: {
    site: itSite,
    messages: itMessages,
    cli: itCli,
    report: itReport,
    checker: itChecker,
    bundle: itBundle,
    form: itForm,
  },
};
