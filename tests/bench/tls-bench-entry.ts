// Bundled by tls-section.mjs: wall time of `pchat-certs check` for servers fetched over TLS from
// loopback servers, beside the same check on the same chains exported to files; and for one
// server that presents as many certificates as a TLS Certificate message holds (issue 25).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyedServerCert } from '../cli/support/server-certs.ts';
import { startServer, type TestServer } from '../cli/support/tls-servers.ts';
import { createTestPki, pemChain, pkiNow } from '../support/pki/index.ts';
import { median } from './median.ts';
import { presentedImpostorChain } from './presented-chain-input.ts';

/** One measured way of getting the certificates: median wall time and the exit status. */
export interface TlsTiming {
  readonly source: 'tls' | 'files';
  readonly servers: number;
  /** Certificates each server presents. */
  readonly certificates: number;
  readonly wallMs: number;
  readonly exitCode: number | null;
}

/** What both kinds of run check: the same servers, as files and as `tls:` sources. */
interface Runs {
  readonly servers: number;
  readonly certificates: number;
  readonly files: readonly string[];
  readonly tls: readonly string[];
}

function runCli(args: readonly string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli/pchat-certs.mjs', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', resolve);
  });
}

/** Starts `size` TLS servers (and the reference's) on 127.0.0.1 and times both kinds of run. */
export async function measureTls(size: number, runs: number): Promise<TlsTiming[]> {
  const { cas } = await createTestPki();
  const dir = mkdtempSync(join(tmpdir(), 'pchat-bench-tls-'));
  const servers: TestServer[] = [];
  try {
    const names = [
      'fe01.contoso.com',
      ...Array.from(
        { length: size },
        (_, i) => `pchat${String(i + 1).padStart(2, '0')}.contoso.com`,
      ),
    ];
    const tlsArgs: string[] = [];
    const fileArgs: string[] = [];
    for (const [index, fqdn] of names.entries()) {
      const cert = await keyedServerCert(fqdn);
      const certPem = pemChain(cert, cas.issuingCa1);
      const server = await startServer({ kind: 'tls', identity: { certPem, keyPem: cert.keyPem } });
      servers.push(server);
      const path = join(dir, `${fqdn}.pem`);
      writeFileSync(path, certPem);
      const address = `tls:127.0.0.1:${server.port}`;
      if (index === 0) {
        tlsArgs.push('--reference', address);
        fileArgs.push('--reference', path);
      } else {
        tlsArgs.push('--server', `${fqdn}=${address}`);
        fileArgs.push('--server', `${fqdn}=${path}`);
      }
    }
    return await timeRuns({ servers: size, certificates: 2, files: fileArgs, tls: tlsArgs }, runs);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One server presenting its leaf, `impostors` CAs with CA 1's name and key identifier, and CA 1
 * (about 100 KiB for 200: OpenSSL's limit for the message), against CA 1 as the reference.
 */
export async function measurePresented(impostors: number, runs: number): Promise<TlsTiming[]> {
  const { cas } = await createTestPki();
  const dir = mkdtempSync(join(tmpdir(), 'pchat-bench-tls-'));
  const fqdn = 'pchat01.contoso.com';
  const { leaf, chain } = await presentedImpostorChain(fqdn, impostors);
  const certPem = pemChain(...chain);
  const server = await startServer({ kind: 'tls', identity: { certPem, keyPem: leaf.keyPem } });
  try {
    const reference = join(dir, 'issuing-ca.pem');
    const path = join(dir, `${fqdn}.pem`);
    writeFileSync(reference, cas.issuingCa1.pem);
    writeFileSync(path, certPem);
    return await timeRuns(
      {
        servers: 1,
        certificates: chain.length,
        files: ['--reference', reference, '--server', `${fqdn}=${path}`],
        tls: ['--reference', reference, '--server', `${fqdn}=tls:127.0.0.1:${server.port}`],
      },
      runs,
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times the check on files, then over TLS: median wall time of `runs` after a warm-up. */
async function timeRuns(setup: Runs, runs: number): Promise<TlsTiming[]> {
  const at = ['--at', pkiNow.toISOString(), '--format', 'json'];
  const timings: TlsTiming[] = [];
  for (const source of ['files', 'tls'] as const) {
    const walls: number[] = [];
    let exitCode: number | null = null;
    // The first run warms the file cache and the servers' TLS contexts; it is not counted.
    for (let run = 0; run <= runs; run += 1) {
      const start = performance.now();
      exitCode = await runCli(['check', ...setup[source], ...at]);
      if (run > 0) walls.push(performance.now() - start);
    }
    const { servers, certificates } = setup;
    timings.push({ source, servers, certificates, wallMs: median(walls), exitCode });
  }
  return timings;
}
