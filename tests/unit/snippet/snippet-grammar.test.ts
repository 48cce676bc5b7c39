// The snippet runs as written in Windows PowerShell 5.1 and only reads: it parses with a
// PowerShell grammar, uses no PowerShell 7 syntax, and calls only read-only commands. The bad
// rows prove that each rule catches what it is for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snippetText } from '../../../src/lib/snippet/snippet.ts';
import { lintPowerShell, type LintRule } from '../../support/powershell/lint-powershell.ts';

const rules = async (source: string): Promise<[LintRule, string][]> =>
  (await lintPowerShell(source)).map((f) => [f.rule, f.text]);

describe('the snippet as shipped', () => {
  it('has no finding at all', async () => {
    expect(await lintPowerShell(snippetText)).toEqual([]);
  });

  it('reads what the issue asks for, and prints the bundle format', () => {
    for (const piece of [
      'Get-CsPool',
      "'Registrar:*'",
      "'UserServer:*'",
      "'PersistentChatServer:*'",
      'Invoke-Command',
      "Get-CsCertificate -Type 'Default', 'WebServicesInternal'",
      "'Cert:\\LocalMachine\\My\\'",
      '.RawData',
      'X509Chain',
      'ChainElements[1]',
      "'# {0} {1} {2}'",
      "'# reference'",
      '$i += 64',
      '-----BEGIN CERTIFICATE-----',
      'Write-Warning',
      '[string[]]$Pool',
    ]) {
      expect(snippetText).toContain(piece);
    }
  });
});

describe('the grammar check finds what must not be there', () => {
  it.each([
    {
      name: 'a clean read',
      input: 'Get-CsPool | ForEach-Object { [string]$_.Identity }',
      want: [],
    },
    { name: 'unclosed brace', input: 'foreach ($a in $b) {', want: [['syntax', '']] },
    { name: 'ternary', input: '$a = $b ? 1 : 2', want: 'powershell-7' },
    { name: 'null-conditional index', input: '$a = $b?[0]', want: 'powershell-7' },
    { name: 'null coalescing', input: '$a = $b ?? 2', want: 'powershell-7' },
    { name: 'null-coalescing assignment', input: '$a ??= 2', want: 'powershell-7' },
    { name: 'null-conditional member', input: '${a}?.Thumbprint', want: 'powershell-7' },
    {
      name: 'pipeline chain &&',
      input: 'Get-CsPool && Get-CsCertificate',
      want: [['powershell-7', '&&']],
    },
    {
      name: 'pipeline chain ||',
      input: 'Get-CsPool || Write-Warning x',
      want: [['powershell-7', '||']],
    },
    {
      name: 'ForEach-Object -Parallel',
      input: 'Get-CsPool | ForEach-Object -Parallel { $_ }',
      want: [['powershell-7', '-Parallel']],
    },
    {
      name: 'clean block',
      input: 'function Get-X { process { 1 } clean { 2 } }',
      want: 'powershell-7',
    },
    {
      name: 'Set- cmdlet',
      input: 'Set-CsCertificate -Type Default',
      want: [['command', 'Set-CsCertificate']],
    },
    { name: 'New- cmdlet', input: '$c = New-Object Object', want: [['command', 'New-Object']] },
    { name: 'Remove- cmdlet', input: 'Remove-Item Cert:\\x', want: [['command', 'Remove-Item']] },
    {
      name: 'Enable- cmdlet',
      input: 'Enable-CsComputer',
      want: [['command', 'Enable-CsComputer']],
    },
    { name: 'an alias', input: 'Get-CsPool | % { $_ }', want: [['command', '%']] },
    {
      name: 'a function with a changing verb',
      input: 'function Remove-Thing { 1 }\nRemove-Thing',
      want: [['command', 'Remove-Thing']],
    },
    { name: 'a computed call', input: '& $command', want: [['dynamic-call', '& $command']] },
    { name: 'a call by name', input: ". 'Set-Thing'", want: [['dynamic-call', ". 'Set-Thing'"]] },
    {
      name: 'a .NET type that writes',
      input: "[IO.File]::WriteAllText('a', 'b')",
      want: [
        ['type', 'IO.File'],
        ['method', 'WriteAllText'],
      ],
    },
    { name: 'a method that changes', input: '$store.Remove($c)', want: [['method', 'Remove']] },
    { name: 'the private key', input: '$c.PrivateKey', want: [['private-key', 'PrivateKey']] },
    {
      name: 'an export',
      input: '$c.Export(1)',
      want: [
        ['private-key', 'Export'],
        ['method', 'Export'],
      ],
    },
    {
      name: 'redirection to a file',
      input: 'Get-CsPool > pools.txt',
      want: [['writes-file', '> pools.txt']],
    },
    {
      name: 'a report file',
      input: 'Get-CsCertificate -Report C:\\r.html',
      want: [['writes-file', '-Report']],
    },
  ])('$name', async ({ input, want }) => {
    const found = await rules(input);
    if (typeof want === 'string') {
      expect(found.map(([rule]) => rule)).toContain(want);
    } else if (want.length === 1 && want[0]?.[0] === 'syntax') {
      expect(found.map(([rule]) => rule)).toContain('syntax');
    } else {
      expect(found).toEqual(want);
    }
  });
});

describe('the README shows the snippet as shipped', () => {
  it('has the script, byte for byte, in a powershell block', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`\`\`\`powershell\n${snippetText}\`\`\``);
  });
});
