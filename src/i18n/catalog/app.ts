/**
 * The app messages, English and Indonesian (issue 18). Keys are this area's; t('app.<key>', …)
 * finds them. ICU syntax: {name}, {n, plural, one {…} other {…}} with #, {x, select, …},
 * '' for an apostrophe only where a quote would start ('{'). The compiler refuses an
 * Indonesian table without every English key; test/i18n/catalogue.test.ts checks that both
 * languages take the same placeholders.
 */
import type { Entries } from '../entries.js';

export const en = {
  'list.or': '{rest} or {last}',
  'session.replay.lacks': 'The session {file} cannot be replayed without questions; it lacks {n, plural, one {this answer} other {these answers}}:',
  'session.replay.criteria': 'the criteria ({open, select, step7 {step 7} step8 {step 8} other {steps 7 and 8}}: the factors and their weights)',
  'session.replay.weighted': 'a weighted {axis} factor (step {step})',
  'session.replay.method': 'the method ({n, plural, one {step {steps}} other {steps {steps}}}: capacity, segments, boundaries, overrides)',
  'session.replay.how': 'Run the workshop on a terminal (kam select … --resume) to answer them.',
  'flag.names.none': '{flag} needs at least one name (separate names with commas, e.g. {flag} "Ana,Ben,Chen").',
  'flag.names.twice': '{flag}: "{name}" is named twice.',
  'flag.sheet.empty': '--sheet needs the name or the number of a sheet.',
  'flag.invalid': '{flag} "{value}" is not valid; use {use}.',
  'flag.format.other-command': '--format {value} is not available for {command}; use {use}.',
  'flag.split.range': '{flag} "{value}": both boundaries must be between 0 and 100.',
  'flag.split.syntax': 'midpoint, median, mean, or two numbers A,S such as 60,45',
  'flag.count': '{flag} "{value}" must be a whole number of at least {min}.',
  'flag.delimiter': '--delimiter "{value}" is not valid; use comma, semicolon or tab (",", ";", "tab").',
  'flag.encoding': '--encoding "{value}" is not one kam reads; use {use}.',
  'flag.segment.empty': '--segment needs at least one segment name.',
  'flag.decimal': '{flag} "{value}" must be a number from {lo} to {hi}.',
  'flag.decimal.unbounded': '{flag} "{value}" must be a number from {lo} to any size.',
  'flag.whole': '{flag} "{value}" must be a whole number from {lo} to {hi}.',
} as const;

export const id: Entries<typeof en> = {
  'list.or': '{rest} atau {last}',
  'session.replay.lacks': 'Sesi {file} tidak dapat diputar ulang tanpa pertanyaan; {n, plural, other {jawaban berikut belum ada}}:',
  'session.replay.criteria': 'kriteria ({open, select, step7 {Langkah 7} step8 {Langkah 8} other {Langkah 7 dan 8}}: faktor-faktor dan bobotnya)',
  'session.replay.weighted': 'faktor {axis, select, attractiveness {daya tarik pelanggan} other {kekuatan relatif}} yang berbobot (Langkah {step})',
  'session.replay.method': 'metode ({n, plural, other {Langkah {steps}}}: kapasitas, segmen, batas kuadran, penyesuaian tim)',
  'session.replay.how': 'Jalankan lokakarya di terminal (kam select … --resume) untuk menjawabnya.',
  'flag.names.none': '{flag} memerlukan setidaknya satu nama (pisahkan nama dengan koma, mis. {flag} "Ana,Ben,Chen").',
  'flag.names.twice': '{flag}: "{name}" disebut dua kali.',
  'flag.sheet.empty': '--sheet memerlukan nama atau nomor sebuah sheet.',
  'flag.invalid': '{flag} "{value}" tidak sah; gunakan {use}.',
  'flag.format.other-command': '--format {value} tidak tersedia untuk {command}; gunakan {use}.',
  'flag.split.range': '{flag} "{value}": kedua batas harus di antara 0 dan 100.',
  'flag.split.syntax': 'midpoint, median, mean, atau dua angka A,S seperti 60,45',
  'flag.count': '{flag} "{value}" harus bilangan bulat, paling kecil {min}.',
  'flag.delimiter': '--delimiter "{value}" tidak sah; gunakan comma, semicolon atau tab (",", ";", "tab").',
  'flag.encoding': '--encoding "{value}" tidak dapat dibaca kam; gunakan {use}.',
  'flag.segment.empty': '--segment memerlukan setidaknya satu nama segmen.',
  'flag.decimal': '{flag} "{value}" harus angka dari {lo} sampai {hi}.',
  'flag.decimal.unbounded': '{flag} "{value}" harus angka {lo} atau lebih.',
  'flag.whole': '{flag} "{value}" harus bilangan bulat dari {lo} sampai {hi}.',
};
