import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { resources } from '../../../src/i18n/resources.ts';

describe('typed translation keys', () => {
  const t = createTranslator('de', resources.de, 'messages');

  it('renders a known key in the chosen language with its parameters', () => {
    expect(t('input.error.empty')).not.toBe('input.error.empty');
    expect(t('input.error.too-large', { limitBytes: 1048576 })).toContain('1048576');
  });

  it('rejects an unknown key at compile time (astro check fails if this stops erroring)', () => {
    // @ts-expect-error -- the key is not in locales/en/messages.json
    const unknown: string = t('input.error.no-such-key');
    expect(unknown).toBe('input.error.no-such-key');
  });
});
