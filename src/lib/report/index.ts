// Public entry of the report renderers: pure functions from a CheckReport to JSON, text, Markdown.
export type { RenderContext, Translate, TranslateParams } from './translate.ts';
export {
  sourceDetails,
  sourceJson,
  sourceName,
  sourceNote,
  tlsAddress,
  type InputSource,
  type InputSources,
  type SourceAddress,
  type SourceJson,
  type TlsHandshake,
} from './input-source.ts';
export { escapeControls } from './escape-controls.ts';
export { formatDate } from '../../i18n/format-date.ts';
export { localizeParams, messageKey, renderMessage } from './render-message.ts';
export { describeInput, renderInputFailure } from './render-input-failure.ts';
export { checkLabel, countVerdicts, sameCaLabel, statusLabel } from './labels.ts';
export {
  toJson,
  type ReportJson,
  type ServerJson,
  type CheckJson,
  type CaJson,
} from './to-json.ts';
export { renderText, type TextOptions } from './render-text.ts';
export { renderMarkdown, escapeMarkdown } from './render-markdown.ts';
export { wrapText, wrapIndented, labelledLines } from './wrap-text.ts';
