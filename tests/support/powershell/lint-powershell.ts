// Reads a PowerShell script with tree-sitter's PowerShell grammar and names everything that a
// script given to Lync administrators must not contain: a syntax error, syntax that only
// PowerShell 7 knows (the Management Shell is Windows PowerShell), a command outside a read-only
// list, a call whose target is computed, a .NET type or method outside a short list, a private
// key, or a write to a file.
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

/** What a finding is about. */
export type LintRule =
  | 'syntax'
  | 'powershell-7'
  | 'command'
  | 'dynamic-call'
  | 'type'
  | 'method'
  | 'private-key'
  | 'writes-file';

/** One finding: its rule, the 1-based line and the text it is about. */
export interface LintFinding {
  readonly rule: LintRule;
  readonly line: number;
  readonly text: string;
}

/** Read-only commands: reading the topology and certificates, grouping, remoting, warnings. */
export const allowedCommands = [
  'Get-CsPool',
  'Get-CsCertificate',
  'Get-Item',
  'Get-Module',
  'Import-Module',
  'Invoke-Command',
  'ForEach-Object',
  'Group-Object',
  'Write-Warning',
] as const;

/** .NET types the script may name (casts and static calls). */
export const allowedTypes = [
  'string',
  'string[]',
  'bool',
  'void',
  'math',
  'convert',
  'pscustomobject',
  'system.security.cryptography.x509certificates.x509chain',
] as const;

/** .NET methods the script may call: none of them changes anything. */
export const allowedMethods = ['Substring', 'Min', 'Create', 'Build', 'ToBase64String'] as const;

// Verbs of commands that change things; a function the script defines may not use them either.
const changingVerbs = /^(set|new|remove|enable|disable|add|clear|export|install|uninstall)-/i;
// Parameters that write a file (Get-CsCertificate -Report writes an HTML report).
const fileParameters = /^-(report|outfile|filepath|logpath)$/i;

const require = createRequire(import.meta.url);
let parser: Promise<Parser> | null = null;

function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const wasm = require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
    const made = new Parser();
    made.setLanguage(await Language.load(wasm));
    return made;
  })();
  return parser;
}

function* descendants(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children) if (child) yield* descendants(child);
}

// PowerShell 7 operators this grammar does not know (so they are ERROR nodes too), and the
// clean block, which it reads as a command: found in the source with strings and comments blanked.
const powershell7Tokens = [
  /\?\?=?/g, // ?? and ??=
  /\?[.[]/g, // ?. and ?[
  /(?<![|\s])\s+\?\s/g, // the ternary ?: (`| ? {` is the Where-Object alias, a command)
  /\bclean\s*\{/gi,
];

/** The source with every string and comment replaced by spaces (lines kept). */
function blankText(source: string, nodes: readonly Node[]): string {
  const chars = source.split('');
  for (const node of nodes) {
    if (node.type !== 'string_literal' && node.type !== 'comment') continue;
    for (let i = node.startIndex; i < node.endIndex; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  return chars.join('');
}

/** Every finding in a script (none for a clean script): PowerShell 7 tokens first, then by node. */
export async function lintPowerShell(source: string): Promise<LintFinding[]> {
  const tree = (await loadParser()).parse(source);
  if (!tree) throw new Error('tree-sitter did not parse the script');
  const findings: LintFinding[] = [];
  const add = (rule: LintRule, node: Node, text = node.text): void => {
    findings.push({ rule, line: node.startPosition.row + 1, text: text.split('\n')[0] ?? '' });
  };
  const all = [...descendants(tree.rootNode)];
  const functions = all.filter((n) => n.type === 'function_name');
  for (const name of functions) if (changingVerbs.test(name.text)) add('command', name);
  const commands = new Set<string>(
    [...allowedCommands, ...functions.map((n) => n.text)].map((c) => c.toLowerCase()),
  );
  const code = blankText(source, all);
  for (const pattern of powershell7Tokens) {
    for (const match of code.matchAll(pattern)) {
      const line = code.slice(0, match.index).split('\n').length;
      findings.push({ rule: 'powershell-7', line, text: match[0].trim() });
    }
  }
  for (const node of all) {
    if (node.type === 'ERROR' || node.isMissing) add('syntax', node);
    // PowerShell 7 only: pipeline chains, ?: ?? ??= ?. ?[ (unknown to this grammar, so in
    // ERROR nodes), ForEach-Object -Parallel, and a function's clean block.
    if (node.type === 'pipeline_chain_tail') add('powershell-7', node);
    if (node.type === 'command_parameter' && /^-parallel$/i.test(node.text))
      add('powershell-7', node);
    if (node.type === 'command_parameter' && fileParameters.test(node.text))
      add('writes-file', node);
    if (node.type === 'redirection' && node.child(0)?.type === 'file_redirection_operator') {
      add('writes-file', node);
    }
    if (node.type === 'command') {
      const name = node.childForFieldName('command_name');
      const invoked = node.children.some((c) => c?.type === 'command_invokation_operator');
      if (name?.type === 'command_name') {
        const command = name.text.toLowerCase();
        if (!commands.has(command) && command !== 'clean') add('command', name);
      } else if (!(invoked && name?.child(0)?.type === 'script_block_expression')) {
        // `& { … }` runs code written here, checked like the rest; `& $x` or `. 'name'` could
        // run anything.
        add('dynamic-call', node);
      }
    }
    if (node.type === 'type_spec' && node.parent?.type === 'type_literal') {
      if (!(allowedTypes as readonly string[]).includes(node.text.toLowerCase())) add('type', node);
    }
    if (node.type === 'member_name') {
      if (/private|export/i.test(node.text)) add('private-key', node);
      if (node.parent?.type === 'invokation_expression') {
        if (!(allowedMethods as readonly string[]).includes(node.text)) add('method', node);
      }
    }
  }
  return findings;
}
