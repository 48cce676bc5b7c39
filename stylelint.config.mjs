// Style rules checked in `npm test` (lint stage): colours are written once, in the design tokens
// (issue 10 found two palettes), and every `--pc-*` token a style reads is defined there, so a
// misspelt or removed token fails here instead of silently falling back to the browser's default.
/** @type {import('stylelint').Config} */
export default {
  plugins: ['stylelint-value-no-unknown-custom-properties'],
  overrides: [
    { files: ['**/*.astro'], customSyntax: 'postcss-html' },
    {
      // The one place colours are written.
      files: ['src/styles/tokens.css'],
      rules: { 'color-no-hex': null, 'color-named': null, 'function-disallowed-list': null },
    },
  ],
  rules: {
    'color-no-hex': [true, { message: 'Write colours once, in src/styles/tokens.css.' }],
    'color-named': ['never', { message: 'Write colours once, in src/styles/tokens.css.' }],
    'function-disallowed-list': [
      ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'],
      { message: 'Write colours once, in src/styles/tokens.css.' },
    ],
    'csstools/value-no-unknown-custom-properties': [
      true,
      { importFrom: ['src/styles/tokens.css'] },
    ],
  },
};
