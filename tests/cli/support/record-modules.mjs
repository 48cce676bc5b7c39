// Preload (node --import) for the lazy-loading test: records every module file the process loads
// and which of Node's own modules it loaded, and writes them as JSON to the file named by
// PCHAT_TEST_LOADED when the process exits. Node's own module hooks see each load, so the CLI
// itself carries no test code. Node's modules are read as the CLI reads them
// (process.getBuiltinModule): an ESM import of node:fs would load fs/promises here itself.
const { registerHooks } = process.getBuiltinModule('node:module');
const { writeFileSync } = process.getBuiltinModule('node:fs');

const loaded = [];
registerHooks({
  load(url, context, next) {
    loaded.push(url);
    return next(url, context);
  },
});
process.on('exit', () => {
  const has = (name) => process.moduleLoadList.includes(`NativeModule ${name}`);
  writeFileSync(
    process.env['PCHAT_TEST_LOADED'] ?? '',
    JSON.stringify({ loaded, tls: has('tls'), fsPromises: has('fs/promises') }),
  );
});
