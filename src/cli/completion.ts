/**
 * `kam completion bash|zsh|fish`: the completion script of each shell, written from the
 * completion model (cli/completion-model.ts), which cli/program.ts builds from its command and
 * option tables: commands and subcommands, each command's flags, the words of a flag that takes
 * a vocabulary (formats, missing policies, split rules, …), file and folder names.
 */
import type { CompletedCommand, CompletedOption, CompletionModel, Shell, ValueKind } from './completion-model.js';
import { t } from '../i18n/index.js';

export function completionScript(shell: Shell, model: CompletionModel): string {
  return { bash, zsh, fish }[shell](model);
}

const flagsOf = (o: CompletedOption): string[] => (o.short ? [o.short, o.long] : [o.long]);
const key = (c: CompletedCommand): string => c.path.join(' ');
const fn = (model: CompletionModel, path: string[]): string => ['_' + model.program, ...path].join('_').replace(/[^A-Za-z0-9_]/g, '_');
const topLevel = (model: CompletionModel): Array<{ name: string; summary: string }> => {
  const seen = new Set<string>();
  const out: Array<{ name: string; summary: string }> = [];
  for (const c of model.commands) {
    const name = c.path[0];
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, summary: c.path.length > 1 ? (model.groups.find((g) => g.name === name)?.summary ?? '') : c.summary });
  }
  return out;
};

// ---------------------------------------------------------------- bash

/** A bash case pattern for `cmd|flag` pairs. */
const pairs = (cmd: string, flags: string[]): string => flags.map((f) => `"${cmd}|${f}"`).join('|');

function bashValue(kind: ValueKind): string {
  if (kind === 'file') return '_kam_files "$cur"';
  if (kind === 'folder') return '_kam_dirs "$cur"';
  if (kind === 'text') return 'COMPREPLY=()';
  return `_kam_words "${kind.join(' ')}" "$cur"`;
}

/** The script's first lines, in the reader's language: what wrote it and how to load it. */
function head(p: string, shell: Shell): string[] {
  return [t('cli.completion.head', { p, shell, bash: shell === 'bash' ? 'yes' : 'no' }), t(`cli.completion.load.${shell}`, { p })];
}

function bash(model: CompletionModel): string {
  const p = model.program;
  const tops = topLevel(model);
  const groups = model.groups.map((g) => ({ name: g.name, subs: model.commands.filter((c) => c.path.length > 1 && c.path[0] === g.name).map((c) => c.path[1]) }));
  const plain = tops.filter((t) => !groups.some((g) => g.name === t.name)).map((t) => t.name);
  const valueOptions = model.commands.flatMap((c) => c.options.filter((o) => o.value !== null).map((o) => ({ cmd: key(c), o })));
  const lines = [
    ...head(p, 'bash'),
    '_kam_words() { mapfile -t COMPREPLY < <(compgen -W "$1" -- "$2"); }',
    '_kam_files() { mapfile -t COMPREPLY < <(compgen -f -- "$1"); compopt -o filenames 2>/dev/null; }',
    '_kam_dirs() { mapfile -t COMPREPLY < <(compgen -d -- "$1"); compopt -o filenames 2>/dev/null; }',
    `${fn(model, [])}() {`,
    '  local cur=${COMP_WORDS[COMP_CWORD]} prev="" cmd="" w i=1 nargs=0',
    '  (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}',
    '  # --flag=value: bash splits it at "=" (COMP_WORDBREAKS)',
    '  if [[ $cur == "=" ]]; then cur=""; elif [[ $prev == "=" ]] && (( COMP_CWORD > 1 )); then prev=${COMP_WORDS[COMP_CWORD-2]}; fi',
    '  # the command so far, and how many arguments it has been given',
    '  while (( i < COMP_CWORD )); do',
    '    w=${COMP_WORDS[i]}',
    '    case "$cmd" in',
    `      "") case "$w" in ${[...plain, ...groups.map((g) => g.name)].join('|')}) cmd=$w ;; esac ;;`,
    ...groups.map((g) => `      ${g.name}) case "$w" in ${g.subs.join('|')}) cmd="${g.name} $w" ;; esac ;;`),
    '      *)',
    '        case "$cmd|$w" in',
    ...(valueOptions.length > 0 ? [`          ${valueOptions.map((v) => pairs(v.cmd, flagsOf(v.o))).join('|')}) i=$((i + 1)) ;;`] : []),
    '          *"|="*) i=$((i + 1)) ;;',
    '          *"|-"?*) ;;',
    '          *) nargs=$((nargs + 1)) ;;',
    '        esac ;;',
    '    esac',
    '    i=$((i + 1))',
    '  done',
    '  case "$cmd" in',
    `    "") if [[ $cur == -* ]]; then _kam_words "${model.programOptions.flatMap(flagsOf).join(' ')}" "$cur"; else _kam_words "${tops.map((t) => t.name).join(' ')}" "$cur"; fi; return ;;`,
    ...groups.map((g) => `    ${g.name}) if [[ $cur == -* ]]; then _kam_words "-h --help" "$cur"; else _kam_words "${g.subs.join(' ')}" "$cur"; fi; return ;;`),
    '  esac',
    '  # the value of a flag',
    '  case "$cmd|$prev" in',
    ...valueOptions.map((v) => `    ${pairs(v.cmd, flagsOf(v.o))}) ${bashValue(v.o.value!)}; return ;;`),
    '  esac',
    '  # a flag',
    '  if [[ $cur == -* ]]; then',
    '    case "$cmd" in',
    ...model.commands.map((c) => `      "${key(c)}") _kam_words "${c.options.flatMap(flagsOf).join(' ')}" "$cur" ;;`),
    '    esac',
    '    return',
    '  fi',
    '  # an argument',
    '  case "$cmd" in',
    ...model.commands.map((c) => {
      const arms = c.args.map((kind, n) => `${n === c.args.length - 1 && c.variadic ? '*' : n}) ${bashValue(kind)} ;;`);
      return `    "${key(c)}") case "$nargs" in ${arms.join(' ')} *) COMPREPLY=() ;; esac ;;`;
    }),
    '  esac',
    '}',
    `complete -F ${fn(model, [])} ${p}`,
    '',
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------- zsh

/** Text inside a zsh _arguments spec (single-quoted; brackets and colons escaped where they would end a field). */
const zq = (text: string): string => text.replace(/\\/g, '\\\\').replace(/'/g, "'\\''").replace(/\[/g, '\\[').replace(/\]/g, '\\]').replace(/:/g, '\\:');

function zshAction(kind: ValueKind, name: string): string {
  if (kind === 'file') return `${name}:_files`;
  if (kind === 'folder') return `${name}:_files -/`;
  if (kind === 'text') return `${name}: `;
  return `${name}:(${kind.join(' ')})`;
}

function zshOption(o: CompletedOption): string {
  const flags = flagsOf(o);
  const excl = o.repeat ? '*' : flags.length > 1 ? `(${flags.join(' ')})` : '';
  const names = flags.length > 1 ? `{${flags.join(',')}}` : flags[0];
  const value = o.value === null ? '' : `:${zshAction(o.value, o.long.slice(2))}`;
  return `'${excl}'${names}'[${zq(o.help)}]${value.replace(/'/g, "'\\''")}'`;
}

function zsh(model: CompletionModel): string {
  const p = model.program;
  const describe = (name: string, items: Array<{ name: string; summary: string }>): string[] => [
    `  local -a ${name}=(`,
    ...items.map((i) => `    '${i.name}:${zq(i.summary)}'`),
    '  )',
  ];
  const lines = [
    `#compdef ${p}`,
    ...head(p, 'zsh'),
    '',
    `${fn(model, [])}() {`,
    '  local curcontext=$curcontext state line',
    '  typeset -A opt_args',
    ...describe('commands', topLevel(model)),
    `  _arguments -C ${model.programOptions.map((o) => `'(- *)'${flagsOf(o).length > 1 ? `{${flagsOf(o).join(',')}}` : flagsOf(o)[0]}'[${zq(o.help)}]'`).join(' ')} '1: :->command' '*:: :->arguments' && return`,
    '  case $state in',
    "    command) _describe -t commands 'kam command' commands ;;",
    `    arguments) (( $+functions[${fn(model, [])}_$line[1]] )) && ${fn(model, [])}_$line[1] ;;`,
    '  esac',
    '}',
  ];
  for (const g of model.groups) {
    const subs = model.commands.filter((c) => c.path.length > 1 && c.path[0] === g.name);
    lines.push(
      '',
      `${fn(model, [g.name])}() {`,
      '  local curcontext=$curcontext state line',
      ...describe('subcommands', subs.map((c) => ({ name: c.path[1], summary: c.summary }))),
      `  _arguments -C '(- *)'{-h,--help}'[${zq(model.programOptions.find((o) => o.long === '--help')?.help ?? '')}]' '1: :->command' '*:: :->arguments' && return`,
      '  case $state in',
      `    command) _describe -t commands '${p} ${g.name} command' subcommands ;;`,
      `    arguments) (( $+functions[${fn(model, [g.name])}_$line[1]] )) && ${fn(model, [g.name])}_$line[1] ;;`,
      '  esac',
      '}',
    );
  }
  for (const c of model.commands) {
    const args = c.args.map((kind, n) => `'${n === c.args.length - 1 && c.variadic ? '*' : n + 1}:${zshAction(kind, `argument ${n + 1}`).replace(/'/g, "'\\''")}'`);
    lines.push('', `${fn(model, c.path)}() {`, `  _arguments -s ${[...c.options.map(zshOption), ...args].join(' \\\n    ')}`, '}');
  }
  lines.push('', `if [[ $zsh_eval_context[-1] == loadautofunc ]]; then ${fn(model, [])} "$@"; else compdef ${fn(model, [])} ${p}; fi`, '');
  return lines.join('\n');
}

// ---------------------------------------------------------------- fish

const fq = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(model: CompletionModel): string {
  const p = model.program;
  const lines = [
    ...head(p, 'fish'),
    `complete -c ${p} -e`,
    `complete -c ${p} -f`,
    ...model.programOptions.map((o) => `complete -c ${p} -n __fish_use_subcommand ${o.short ? `-s ${o.short.slice(1)} ` : ''}-l ${o.long.slice(2)} -d ${fq(o.help)}`),
    ...topLevel(model).map((t) => `complete -c ${p} -n __fish_use_subcommand -a ${t.name} -d ${fq(t.summary)}`),
  ];
  for (const g of model.groups) {
    const subs = model.commands.filter((c) => c.path.length > 1 && c.path[0] === g.name);
    const none = `__fish_seen_subcommand_from ${g.name}; and not __fish_seen_subcommand_from ${subs.map((c) => c.path[1]).join(' ')}`;
    for (const c of subs) lines.push(`complete -c ${p} -n ${fq(none)} -a ${c.path[1]} -d ${fq(c.summary)}`);
  }
  for (const c of model.commands) {
    const cond = c.path.map((w) => `__fish_seen_subcommand_from ${w}`).join('; and ');
    const n = `-n ${fq(cond)}`;
    for (const o of c.options) {
      const flags = `${o.short ? `-s ${o.short.slice(1)} ` : ''}-l ${o.long.slice(2)}`;
      let value = '';
      if (o.value === 'file') value = ' -r -F';
      else if (o.value === 'folder') value = " -r -a '(__fish_complete_directories)'";
      else if (o.value === 'text') value = ' -x';
      else if (o.value !== null) value = ` -x -a ${fq(o.value.join(' '))}`;
      lines.push(`complete -c ${p} ${n} ${flags}${value} -d ${fq(o.help)}`);
    }
    const kinds = new Set(c.args.map((k) => (typeof k === 'string' ? k : 'words')));
    if (kinds.has('file')) lines.push(`complete -c ${p} ${n} -F`);
    if (kinds.has('folder')) lines.push(`complete -c ${p} ${n} -a '(__fish_complete_directories)'`);
    for (const k of c.args) if (typeof k !== 'string') lines.push(`complete -c ${p} ${n} -a ${fq(k.join(' '))}`);
  }
  lines.push('');
  return lines.join('\n');
}
