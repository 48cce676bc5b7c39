// The long run's oracle for presented chains (issue 25, fault 3): a loopback TLS server presents
// the input's certificates, and the CLI must judge that `tls:` source exactly as the same
// certificates in a file: the same exit status and the same report, apart from the sources.
import { spawn } from 'node:child_process';
import { startServer, type TestServer } from '../cli/support/tls-servers.ts';

/** What one comparison found: agreement, a difference (why), or no server for these inputs. */
export type TlsVerdict = { readonly kind: 'agree' | 'skipped' } | { kind: 'differ'; why: string };

/** What both runs share: the CLI bundle and everything but the server's source. */
export interface TlsOracleRun {
  readonly cliBundle: string;
  readonly reference: string;
  readonly fqdn: string;
  readonly at: string;
}

function runCli(
  cliBundle: string,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliBundle, ...args], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout });
    });
  });
}

/** The JSON report without the fields that say where the certificates came from. */
function withoutSources(stdout: string): string {
  if (stdout === '') return '';
  const report: unknown = JSON.parse(stdout, (key, value: unknown) =>
    key === 'source' || key === 'references' ? undefined : value,
  );
  return JSON.stringify(report);
}

/** Checks `certificates` (PEM, leaf first) from `file` and from a server presenting them. */
export async function tlsAgrees(
  certificates: string,
  keyPem: string,
  file: string,
  run: TlsOracleRun,
): Promise<TlsVerdict> {
  let server: TestServer;
  try {
    server = await startServer({ kind: 'tls', identity: { certPem: certificates, keyPem } });
  } catch {
    // OpenSSL refuses some chains a file may hold (a certificate it cannot load): nothing to serve.
    return { kind: 'skipped' };
  }
  try {
    const args = (source: string): string[] => [
      'check',
      '--reference',
      run.reference,
      '--server',
      `${run.fqdn}=${source}`,
      '--at',
      run.at,
      '--format',
      'json',
    ];
    const [fromFile, fetched] = await Promise.all([
      runCli(run.cliBundle, args(file)),
      runCli(run.cliBundle, args(`tls:127.0.0.1:${server.port}`)),
    ]);
    if (fromFile.code !== fetched.code)
      return { kind: 'differ', why: `tls: exit ${fetched.code}, file exit ${fromFile.code}` };
    if (withoutSources(fromFile.stdout) !== withoutSources(fetched.stdout))
      return { kind: 'differ', why: 'tls: and file give different reports' };
    return { kind: 'agree' };
  } finally {
    await server.close();
  }
}
