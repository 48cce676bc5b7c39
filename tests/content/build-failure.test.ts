import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs Astro's content sync (the build's first step) on a copy of the project with one
// broken content file, to prove the build stops with a message naming file and field.
const project = resolve('.');
let copy: string;
const viteKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !viteKeys.test(k)));

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'pchat-content-'));
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'content',
    'locales',
  ]) {
    cpSync(join(project, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

const rows = [
  {
    name: 'an Italian paragraph id missing',
    input: {
      file: 'content/requirement/it.mdx',
      from: '  - id: before-installation\n    text: Assicurarsi',
      to: '  - id: prima\n    text: Assicurarsi',
    },
    want: [
      'content/requirement/it.mdx',
      'paragraphs.1.id',
      'missing paragraph id "before-installation"',
    ],
  },
  {
    name: 'a German checklist id added',
    input: {
      file: 'content/requirement/de.mdx',
      from: 'checklist:\n',
      to: 'checklist:\n  - id: reboot-servers\n    text: Starten Sie die Server neu.\n',
    },
    want: ['content/requirement/de.mdx', 'checklist.0.id', 'unknown checklist id "reboot-servers"'],
  },
  {
    name: 'an English field breaking the schema',
    input: {
      file: 'content/requirement/en.mdx',
      from: 'translation:\n  status: original',
      to: 'translation:\n  status: machine',
    },
    want: ['content/requirement/en.mdx', 'translation.status'],
  },
];

describe('broken content stops the build with file and field', () => {
  it.each(rows)(
    '$name',
    ({ input, want }) => {
      const path = join(copy, input.file);
      const original = readFileSync(join(project, input.file), 'utf8');
      expect(original).toContain(input.from);
      writeFileSync(path, original.replace(input.from, input.to));
      try {
        const run = spawnSync('npx', ['astro', 'sync'], { cwd: copy, env, encoding: 'utf8' });
        const output = run.stdout + run.stderr;
        expect(run.status).not.toBe(0);
        for (const fragment of want) expect(output).toContain(fragment);
      } finally {
        writeFileSync(path, original);
      }
    },
    60_000,
  );
});
