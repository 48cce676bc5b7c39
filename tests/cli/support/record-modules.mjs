// Preload (node --import) for the lazy-loading test: records every module file the process loads
// and whether Node's TLS module was loaded at all, and writes them as JSON to the file named by
// PCHAT_TEST_LOADED when the process exits. Node's own module hooks see each load, so the CLI
// itself carries no test code.
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';

const loaded = [];
registerHooks({
  load(url, context, next) {
    loaded.push(url);
    return next(url, context);
  },
});
process.on('exit', () => {
  const tls = process.moduleLoadList.some((name) => /^NativeModule tls$/.test(name));
  writeFileSync(process.env['PCHAT_TEST_LOADED'] ?? '', JSON.stringify({ loaded, tls }));
});
