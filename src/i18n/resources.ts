// All UI strings of every language, for build-time and CLI use. The browser must not import
// this module: it would ship every language (the checker island loads its own language only).
import type { Language } from './languages.ts';
import enSite from '../../locales/en/site.json';
import enReport from '../../locales/en/report.json';
import enCli from '../../locales/en/cli.json';
import enChecker from '../../locales/en/checker.json';
import deSite from '../../locales/de/site.json';
import deReport from '../../locales/de/report.json';
import deCli from '../../locales/de/cli.json';
import deChecker from '../../locales/de/checker.json';
import itSite from '../../locales/it/site.json';
import itReport from '../../locales/it/report.json';
import itCli from '../../locales/it/cli.json';
import itChecker from '../../locales/it/checker.json';

/** English resources: the source of truth for keys and their types. */
export const englishResources = {
  site: enSite,
  report: enReport,
  cli: enCli,
  checker: enChecker,
} as const;

/** The namespaces every language provides. */
export type Namespace = keyof typeof englishResources;

/** Flat key/value strings of one namespace. */
export type Strings = Readonly<Record<string, string>>;

/** Every language's resources, namespace by namespace. */
export const resources: Readonly<Record<Language, Readonly<Record<Namespace, Strings>>>> = {
  en: englishResources,
  de: { site: deSite, report: deReport, cli: deCli, checker: deChecker },
  it: { site: itSite, report: itReport, cli: itCli, checker: itChecker },
};
