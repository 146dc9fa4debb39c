/**
 * What a shell completion script completes, as data: every command (a group's subcommands as
 * `ratings template`), its flags and what each flag's value is, its arguments. Built from the
 * tables of cli/program.ts (`completionModel()`) and turned into a script per shell by
 * cli/completion.ts, so a new command, flag or vocabulary word is completed without an edit here.
 */
import { vocabulary, type ValueOf } from '../core/vocabulary.js';

/** The shells `kam completion` writes a script for. */
export const SHELL = vocabulary({
  bash: 'bash 4.1 or newer: eval "$(kam completion bash)" in ~/.bashrc',
  zsh: 'zsh: kam completion zsh > _kam in a folder of $fpath, then compinit',
  fish: 'fish: kam completion fish > ~/.config/fish/completions/kam.fish',
});
export type Shell = ValueOf<typeof SHELL>;

/** What the shell offers for a value: these words, a file name, a folder name, or nothing (free text such as a number). */
export type ValueKind = readonly string[] | 'file' | 'folder' | 'text';

export interface CompletedOption {
  /** `-f`, or null when the flag has no short form. */
  short: string | null;
  /** `--format`. */
  long: string;
  help: string;
  /** null: a switch that takes no value. */
  value: ValueKind | null;
  /** May be given more than once (`--segment`, `--fail-on`). */
  repeat: boolean;
}

export interface CompletedCommand {
  /** `['select']`, `['ratings', 'template']`. */
  path: string[];
  summary: string;
  options: CompletedOption[];
  /** What each argument completes to, in order. */
  args: ValueKind[];
  /** The last argument takes any number of values (`<snapshots...>`). */
  variadic: boolean;
}

export interface CompletionModel {
  program: string;
  /** The groups of subcommands (`ratings`) with their summary. */
  groups: Array<{ name: string; summary: string }>;
  commands: CompletedCommand[];
  /** The flags every command and the program itself take (--help; --version on the program). */
  programOptions: CompletedOption[];
}
