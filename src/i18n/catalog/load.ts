/**
 * The load messages, English and Indonesian (issue 18). Keys are this area's; t('load.<key>', …)
 * finds them. ICU syntax: {name}, {n, plural, one {…} other {…}} with #, {x, select, …},
 * '' for an apostrophe only where a quote would start ('{'). The compiler refuses an
 * Indonesian table without every English key; test/i18n/catalogue.test.ts checks that both
 * languages take the same placeholders.
 *
 * What a reader says of a file: the sentence after "file, line, field:" (core/errors.ts writes
 * that part). Numbers the user wrote are passed as text, exactly as written; counts and limits
 * come formatted by i18n/numbers.ts. Grouped by the reader (src/load/<file>.ts) that says them.
 */
import type { Entries } from '../entries.js';

export const en = {
  // wording.ts: pieces several readers share
  'or-list': '{head} or {last}',

  // table.ts, csv-bytes.ts: the CSV scanner and the header
  'table.empty': 'the file is empty; it needs a header line and data rows',
  'table.row-width': 'the row has {n, plural, one {{fields} field} other {{fields} fields}} but the header has {header}{hint}',
  'table.other-delimiter':
    ' (this row seems to be separated by {row, select, semicolon {semicolons} tab {tabs} other {commas}}, the header by {header, select, semicolon {semicolons} tab {tabs} other {commas}}: use one delimiter throughout)',
  'table.header-empty': 'the header name is empty',
  'table.header-twice': 'the header name appears twice (columns {first} and {second})',
  'table.column': 'column {n}',
  'csv.quote-unclosed': 'a quoted field is never closed (a " is missing)',
  'csv.quote-then-text': 'a closing quote is followed by more text; quote the whole field and double any " inside it{spans}',
  'csv.quote-spans': ' (the quoted field opened on line {open} runs to line {line}: a closing " is probably missing on line {open})',

  // limits.ts
  'limits.line': 'a record is longer than {mb} MB (a line that never ends, or a quote that is never closed?); set KAM_MAX_LINE_MB to read longer ones',
  'limits.columns': 'the header has more than {limit} columns ({n} so far; the wrong file?); set KAM_MAX_COLUMNS to read more',
  'limits.accounts': 'the file has more than {limit} accounts; set KAM_MAX_ACCOUNTS to read more (about 300 bytes of memory each)',

  // numbers.ts: why a cell is not a number
  'number.thousands': '"{shown}" looks like a number with thousands separators, which are not accepted; write it without them',
  'number.invisible-space': '"{shown}" holds an invisible space ({code}, often copied from a spreadsheet or a web page); remove it so the number can be read',
  'number.comma': '"{shown}" has a comma: kam reads neither thousands separators{nor}; write {plain}, or use a decimal point',
  'number.comma.nor': ' nor (in a comma-delimited file) a decimal comma',
  'number.decimal-comma': '"{shown}" has a decimal comma{why}',
  'number.decimal-comma.why': ', which is only accepted in semicolon- or tab-delimited files; use a decimal point',
  'number.not-finite': '"{shown}" is not a finite number',
  'number.too-large': '"{shown}" is too large a number',
  'number.not-a-number': '"{shown}" is not a number',

  // customers.ts
  'customers.key-empty': 'the account key is empty',
  'customers.key-twice': 'the key "{key}" is already used on line {line}; keys must be unique',
  'customers.no-accounts': 'there are no accounts; {why}',
  'customers.no-accounts.why': 'the file has a header but no data rows',
  'customers.no-column': 'no column matches the criteria factor "{factor}"',
  'customers.columns-are': ' (the columns are: {headers})',
  'customers.columns-more': '{headers} and {more} more',

  // criteria.ts, criteria-write.ts
  'criteria.value-required': 'a value is required',
  'criteria.factor-empty': 'the factor name is empty',
  'criteria.factor-twice': 'factor "{factor}" is already defined on line {line}',
  'criteria.axis': '"{value}" is not an axis; use {list}',
  'criteria.weight-negative': 'the weight {weight} is negative; weights are 0 or more',
  'criteria.scale-empty': 'the scale {min}..{max} is empty; max must be greater than min',
  'criteria.direction': '"{value}" is not a direction; use {list}',
  'criteria.kind': '"{value}" is not a kind; use {list}',
  'criteria.column-missing': 'the required column "{column}" is missing (required: factor, axis, weight)',
  'criteria.no-factors': 'there are no factors; add one row per factor',
  'criteria.axis-unweighted': 'the {axis, select, strength {strength} other {attractiveness}} axis needs at least one factor with a weight above 0',
  'criteria.write-no-row': 'cannot write the weights: no row for {factors}',

  // ratings.ts
  'ratings.key-empty': 'the account key is empty',
  'ratings.factor-empty': 'the factor name is empty',
  'ratings.factor-unknown': '"{factor}" is not a factor of the criteria (the factors are: {factors})',
  'ratings.off-scale': '{score} is outside the scale {min}..{max} of "{factor}"',
  'ratings.rated-twice': '"{rater}" already rated "{factor}" of {account} on line {line}; one score per rater',
  'ratings.rated-twice.competitor': '"{rater}" already rated "{factor}" of {account} for competitor "{competitor}" on line {line}; one score per rater',
  'ratings.columns-missing':
    '{n, plural, one {the required column {columns} is missing} other {the required columns {columns} are missing}} (required: account, factor, score; optional: rater, competitor)',
  'ratings.no-account': 'no account "{account}" in {customers}',
  'ratings.left-out':
    '{rows, plural, one {{rows, number, ::.} rating row} other {{rows, number, ::.} rating rows}} of {n, plural, one {{n, number, ::.} account that is} other {{n, number, ::.} accounts that are}} no longer in {customers} {rows, plural, one {was} other {were}} left out of {ratings}: {first}{rest}{note}.',
  'ratings.left-out.more': ' and {more, number, ::.} more',

  // pairs.ts
  'pairs.empty': 'the file is empty; it needs one line a,b,value per pair of factors',
  'pairs.three-fields': 'a comparison needs three fields: a,b,value (e.g. Quality,Price,3)',
  'pairs.not-a-factor': '"{factor}" is not a factor in the criteria',
  'pairs.other-axis':
    '"{factor}" is on the {axis, select, strength {strength} other {attractiveness}} axis; compare the {compare, select, strength {strength} other {attractiveness}} factors only',
  'pairs.not-a-comparison': '"{value}" is not a comparison; write a number from 1/9 to 9 such as 3, 0.5 or 1/3',

  // encoding.ts
  'encoding.zip': 'this is a zip file, probably an Excel workbook (.xlsx), not CSV; in Excel use "Save as" → "CSV UTF-8"',
  'encoding.xls': 'this is an old Excel workbook (.xls), not CSV; in Excel use "Save as" → "CSV UTF-8"',
  'encoding.utf16be-no-bom':
    'the file looks like UTF-16 big-endian text without a byte-order mark, which kam does not tell from little-endian; save it as "CSV UTF-8" (or as UTF-16 with a byte-order mark, Excel\'s "Unicode Text")',
  'encoding.utf16-no-bom': 'the file looks like UTF-16 text without a byte-order mark; {how}',
  'encoding.utf16-no-bom.json': "kam's JSON files (sessions, results) are UTF-8",
  'encoding.utf16-no-bom.csv': 'add --encoding utf-16 to read it',
  'encoding.nul-bytes': 'this is not a text file: it contains NUL bytes (binary data, not CSV or JSON)',
  'encoding.nul-characters': 'this is not a text file: it contains NUL characters (binary data, not CSV)',
  'encoding.not-utf8': 'the text is not valid UTF-8 (byte {byte}); {why}',
  'encoding.not-utf8.json': "kam's JSON files (sessions, results) are always UTF-8; --encoding is for CSV inputs",
  'encoding.not-utf8.bom': 'the file starts with a UTF-8 byte-order mark, so it is read as UTF-8 whatever --encoding says',
  'encoding.not-utf8.csv': 'if the file is Windows-1252 or Latin-1 (as Excel saves "CSV" on Windows), add --encoding windows-1252',
  'encoding.not-ascii':
    'byte {byte} is not ASCII, and the file is not UTF-16 (its header has no zero bytes, as UTF-16 text has); --encoding utf-16 reads every CSV input without a byte-order mark as UTF-16: save this one as "CSV UTF-8" (with a byte-order mark) or as UTF-16 too',
  'encoding.not-1252': 'byte {byte} is not a character in {named}, so the file is in another encoding; try --encoding utf-8 or --encoding utf-16',
  'encoding.not-1252.latin1': 'Latin-1 as kam reads it (Windows-1252, as browsers do)',
  'encoding.not-utf16': 'the text is not valid {name} ({what}){tail}',
  'encoding.not-utf16.bom': ', though the file starts with a {name} byte-order mark',
  'encoding.not-utf16.no-bom': '; is the file really UTF-16? without --encoding utf-16 kam reads UTF-8',
  'encoding.utf16.invalid': 'an invalid sequence',
  'encoding.utf16.odd': 'the file ends in the middle of a character: its length is an odd number of bytes',
  'encoding.utf16.high-end': 'the file ends with a high surrogate {unit} without its low surrogate',
  'encoding.utf16.high-alone': 'a high surrogate {unit} without its low surrogate',
  'encoding.utf16.low-alone': 'a low surrogate {unit} without its high surrogate',
  'encoding.cannot-write': "the character {char} cannot be written in Windows-1252, the file's encoding; write to a UTF-8 file with -o",

  // json-fields.ts: a field of a JSON document (a session, a result)
  'json.object': 'must be an object',
  'json.list': 'must be a list',
  'json.text': 'must be text',
  'json.number': 'must be a number',
  'json.boolean': 'must be true or false',
  'json.one-of': '{value} is not one of {list}',
  'json.nothing': 'nothing',
  'json.whole': '{value} is not a whole number of 0 or more',

  // saved.ts: the decisions a session or result carries
  'saved.no-criteria': 'the session has no criteria yet, so there are no decisions to score the new data with',
  'saved.no-method': 'the session has no method decisions yet (split, capacity), so there are no decisions to score the new data with',
  'saved.factor-twice': 'factor "{factor}" is already defined at {at}',
  'saved.whole-accounts': '{value} is not a whole number of accounts',
  'saved.boundary': 'the boundary {value} is not between 0 and 100',

  // snapshot.ts
  'snapshot.not-json': 'this is not readable JSON ({why}); {reader} reads kam/result@1 and kam/session@1 files',
  'json.ends-early': 'it ends before the JSON is complete',
  'json.unexpected': 'unexpected {char} at line {line}, column {column}',
  'snapshot.no-schema': 'this is not a kam result or session: it has no "schema" field ({reader} reads kam/result@1 and kam/session@1 files)',
  'snapshot.newer': 'the schema {schema} is newer than this kam can read (it reads {readable}); upgrade kam',
  'snapshot.unknown-schema': 'the schema "{schema}" is not one {reader} reads ({readable})',
  'snapshot.and': '{a} and {b}',
  'snapshot.no-result': 'the session has no result yet (finish its selection step, or review its result file instead)',
  'snapshot.result-not-result': "the session's result is not a kam/result@1 document",
  'snapshot.account-twice': 'the account "{id}" appears twice',
  'snapshot.boundary': '{value} is not between 0 and 100',

  // xlsx.ts: a sheet read as its CSV twin
  'xlsx.sheet': 'sheet {sheet}',
  'xlsx.long-key':
    'the key is stored as a number with 16 or more digits ({key}); a spreadsheet keeps only 15 significant digits, so the key may already have changed: format the key column as Text and enter or import the keys again',
  'xlsx.date': 'the cell holds a date ({shown}), not a number; format the column as Number and enter the values again',
  'xlsx.invalid-date': 'an invalid date',
  'xlsx.boolean': 'the cell holds the logical value {shown}, not a number',
  'xlsx.error': 'the cell holds the error {shown}, not a number; correct its formula',
  'xlsx.no-result':
    'the formula {shown} has no saved value (the file was written by a program that does not calculate formulas); open the workbook in Excel or LibreOffice and save it',
  'xlsx.on-line': 'on line {line}',
  'xlsx.in-row': 'in row {row}',
  'xlsx.decimal-comma': ' in a text cell; enter it as a number, or write it with a decimal point',
  'xlsx.comma-nor': ' nor a decimal comma in a text cell',
  'xlsx.no-data-rows': 'the sheet has a header row but no data rows',
  'xlsx.unreadable': 'the file starts like an Excel workbook (.xlsx) but cannot be read as one ({why}); open it in Excel or LibreOffice and save it as .xlsx or as CSV UTF-8',
  'xlsx.no-such-sheet': 'the workbook has no sheet "{sheet}" (its sheets are: {sheets}); give --sheet a name or a number from 1 to {count}',
  'xlsx.no-visible-sheet': 'the workbook has no visible sheet',
  'xlsx.sheet-empty': 'the sheet is empty; it needs a header row and data rows',
  'xlsx.merged-down': 'the header cells {ref} are merged down over several rows; kam reads one header row: unmerge them',
  'xlsx.merged-across': 'the header cells {ref} are merged, so column {column} has data but no header name of its own; unmerge them and name each column',
  'xlsx.note': '{file}: read the sheet "{sheet}" (the workbook has {count} sheets: {sheets}; {how}).',

  // workbook.ts: the workbook inputs of a run
  'workbook.note.named': 'kam reads the sheet named "{kind}", or else the first',
  'workbook.note.customers': 'choose another with --sheet',
  'workbook.not-xlsx': 'this is not an Excel workbook (.xlsx); a rating sheet is the .xlsx file kam ratings template made',
  'workbook.not-rating-sheet': 'this workbook is not a rating sheet made by kam ratings template (it has no kam description)',

  // rating-sheets.ts: filled rating sheets
  'sheets.damaged': 'the rating sheet\'s description (hidden sheet "{meta}") is damaged: {what}; make the sheet again with kam ratings template',
  'sheets.damaged.missing': 'the rater, the sheet or the columns are missing',
  'sheets.damaged.column': 'the column "{header}" has no valid factor, scale or axis',
  'sheets.sheet-missing': 'the rating sheet "{sheet}" is missing from the workbook (was it renamed or deleted?)',
  'sheets.column-missing': 'the column "{header}" is missing (was it renamed or deleted?); the sheet must keep the columns kam ratings template made',
  'sheets.rater-twice': "this is {rater}'s rating sheet, and so is {other}; collect one sheet per rater",
  'sheets.scales-differ': '"{factor}" is rated on {min}..{max} here but on {otherMin}..{otherMax} in {other}; the sheets were made from different criteria',
} as const;

export const id: Entries<typeof en> = {
  // wording.ts
  'or-list': '{head} atau {last}',

  // table.ts, csv-bytes.ts
  'table.empty': 'berkas ini kosong; berkas perlu satu baris judul kolom dan baris-baris data',
  'table.row-width': 'baris ini berisi {n, plural, other {{fields} kolom}}, padahal baris judul berisi {header} kolom{hint}',
  'table.other-delimiter':
    ' (baris ini tampaknya dipisahkan dengan {row, select, semicolon {titik koma} tab {tab} other {koma}}, sedangkan baris judul dengan {header, select, semicolon {titik koma} tab {tab} other {koma}}: gunakan satu pemisah di seluruh berkas)',
  'table.header-empty': 'nama kolom di baris judul kosong',
  'table.header-twice': 'nama kolom ini muncul dua kali di baris judul (kolom {first} dan {second})',
  'table.column': 'kolom {n}',
  'csv.quote-unclosed': 'ada isian bertanda kutip yang tidak pernah ditutup (kurang satu ")',
  'csv.quote-then-text': 'setelah tanda kutip penutup masih ada teks lain; apit seluruh isian dengan tanda kutip dan gandakan setiap " di dalamnya{spans}',
  'csv.quote-spans': ' (isian bertanda kutip yang dibuka di baris {open} berlanjut sampai baris {line}: kemungkinan tanda " penutup hilang di baris {open})',

  // limits.ts
  'limits.line':
    'ada satu catatan yang lebih panjang dari {mb} MB (baris yang tidak pernah berakhir, atau tanda kutip yang tidak pernah ditutup?); atur KAM_MAX_LINE_MB untuk membaca catatan yang lebih panjang',
  'limits.columns': 'baris judul berisi lebih dari {limit} kolom ({n} sejauh ini; salah berkas?); atur KAM_MAX_COLUMNS untuk membaca lebih banyak',
  'limits.accounts': 'berkas ini berisi lebih dari {limit} pelanggan; atur KAM_MAX_ACCOUNTS untuk membaca lebih banyak (sekitar 300 byte memori per pelanggan)',

  // numbers.ts
  'number.thousands': '"{shown}" tampaknya angka dengan pemisah ribuan, dan pemisah ribuan tidak diterima; tulis tanpa pemisah',
  'number.invisible-space':
    '"{shown}" mengandung spasi tak terlihat ({code}, sering ikut tersalin dari spreadsheet atau halaman web); hapus spasi itu agar angkanya dapat dibaca',
  'number.comma': '"{shown}" mengandung koma: kam tidak membaca pemisah ribuan{nor}; tulis {plain}, atau gunakan titik desimal',
  'number.comma.nor': ' maupun (dalam berkas berpemisah koma) koma desimal',
  'number.decimal-comma': '"{shown}" memakai koma desimal{why}',
  'number.decimal-comma.why': ', yang hanya diterima dalam berkas berpemisah titik koma atau tab; gunakan titik desimal',
  'number.not-finite': '"{shown}" bukan angka yang terhingga',
  'number.too-large': '"{shown}" adalah angka yang terlalu besar',
  'number.not-a-number': '"{shown}" bukan angka',

  // customers.ts
  'customers.key-empty': 'ID pelanggan kosong',
  'customers.key-twice': 'ID "{key}" sudah dipakai di baris {line}; setiap ID harus unik',
  'customers.no-accounts': 'tidak ada pelanggan; {why}',
  'customers.no-accounts.why': 'berkas ini punya baris judul tetapi tidak punya baris data',
  'customers.no-column': 'tidak ada kolom yang cocok dengan faktor kriteria "{factor}"',
  'customers.columns-are': ' (kolom yang ada: {headers})',
  'customers.columns-more': '{headers} dan {more} lainnya',

  // criteria.ts, criteria-write.ts
  'criteria.value-required': 'nilai wajib diisi',
  'criteria.factor-empty': 'nama faktor kosong',
  'criteria.factor-twice': 'faktor "{factor}" sudah didefinisikan di baris {line}',
  'criteria.axis': '"{value}" bukan nama sumbu; gunakan {list}',
  'criteria.weight-negative': 'bobot {weight} bernilai negatif; bobot harus 0 atau lebih',
  'criteria.scale-empty': 'skala {min}..{max} kosong; max harus lebih besar dari min',
  'criteria.direction': '"{value}" bukan arah; gunakan {list}',
  'criteria.kind': '"{value}" bukan jenis faktor; gunakan {list}',
  'criteria.column-missing': 'kolom wajib "{column}" tidak ada (kolom wajib: factor, axis, weight)',
  'criteria.no-factors': 'tidak ada faktor; tambahkan satu baris untuk setiap faktor',
  'criteria.axis-unweighted':
    'sumbu {axis, select, strength {kekuatan relatif} other {daya tarik pelanggan}} memerlukan sedikitnya satu faktor dengan bobot di atas 0',
  'criteria.write-no-row': 'bobot tidak dapat ditulis: tidak ada baris untuk {factors}',

  // ratings.ts
  'ratings.key-empty': 'ID pelanggan kosong',
  'ratings.factor-empty': 'nama faktor kosong',
  'ratings.factor-unknown': '"{factor}" bukan faktor dalam kriteria (faktor yang ada: {factors})',
  'ratings.off-scale': '{score} berada di luar skala {min}..{max} untuk "{factor}"',
  'ratings.rated-twice': '"{rater}" sudah menilai "{factor}" untuk {account} di baris {line}; satu skor per penilai',
  'ratings.rated-twice.competitor': '"{rater}" sudah menilai "{factor}" untuk {account} terhadap pesaing "{competitor}" di baris {line}; satu skor per penilai',
  'ratings.columns-missing':
    '{n, plural, other {kolom wajib {columns} tidak ada}} (kolom wajib: account, factor, score; kolom pilihan: rater, competitor)',
  'ratings.no-account': 'tidak ada pelanggan "{account}" di {customers}',
  'ratings.left-out':
    '{rows, plural, other {{rows, number, ::.} baris penilaian}} di {ratings} tidak dipakai karena {n, plural, other {{n, number, ::.} pelanggan}} yang dinilai tidak lagi ada di {customers}: {first}{rest}{note}.',
  'ratings.left-out.more': ' dan {more, number, ::.} lainnya',

  // pairs.ts
  'pairs.empty': 'berkas ini kosong; berkas perlu satu baris a,b,value untuk setiap pasangan faktor',
  'pairs.three-fields': 'satu perbandingan perlu tiga kolom: a,b,value (misalnya Quality,Price,3)',
  'pairs.not-a-factor': '"{factor}" bukan faktor dalam kriteria',
  'pairs.other-axis':
    '"{factor}" ada di sumbu {axis, select, strength {kekuatan relatif} other {daya tarik pelanggan}}; bandingkan hanya faktor-faktor {compare, select, strength {kekuatan relatif} other {daya tarik pelanggan}}',
  'pairs.not-a-comparison': '"{value}" bukan nilai perbandingan; tulis angka dari 1/9 sampai 9, misalnya 3, 0.5 atau 1/3',

  // encoding.ts
  'encoding.zip': 'ini berkas zip, kemungkinan workbook Excel (.xlsx), bukan CSV; di Excel gunakan "Save as" → "CSV UTF-8"',
  'encoding.xls': 'ini workbook Excel versi lama (.xls), bukan CSV; di Excel gunakan "Save as" → "CSV UTF-8"',
  'encoding.utf16be-no-bom':
    'berkas ini tampaknya teks UTF-16 big-endian tanpa byte-order mark, yang tidak dapat dibedakan kam dari little-endian; simpan sebagai "CSV UTF-8" (atau sebagai UTF-16 dengan byte-order mark, "Unicode Text" di Excel)',
  'encoding.utf16-no-bom': 'berkas ini tampaknya teks UTF-16 tanpa byte-order mark; {how}',
  'encoding.utf16-no-bom.json': 'berkas JSON kam (sesi, hasil) selalu UTF-8',
  'encoding.utf16-no-bom.csv': 'tambahkan --encoding utf-16 untuk membacanya',
  'encoding.nul-bytes': 'ini bukan berkas teks: berkas ini mengandung byte NUL (data biner, bukan CSV atau JSON)',
  'encoding.nul-characters': 'ini bukan berkas teks: berkas ini mengandung karakter NUL (data biner, bukan CSV)',
  'encoding.not-utf8': 'teks ini bukan UTF-8 yang sah (byte {byte}); {why}',
  'encoding.not-utf8.json': 'berkas JSON kam (sesi, hasil) selalu UTF-8; --encoding hanya untuk masukan CSV',
  'encoding.not-utf8.bom': 'berkas ini diawali byte-order mark UTF-8, jadi dibaca sebagai UTF-8 apa pun isi --encoding',
  'encoding.not-utf8.csv': 'jika berkas ini Windows-1252 atau Latin-1 (seperti "CSV" yang disimpan Excel di Windows), tambahkan --encoding windows-1252',
  'encoding.not-ascii':
    'byte {byte} bukan ASCII, dan berkas ini bukan UTF-16 (baris judulnya tidak mengandung byte nol seperti teks UTF-16); --encoding utf-16 membaca setiap masukan CSV tanpa byte-order mark sebagai UTF-16: simpan berkas ini sebagai "CSV UTF-8" (dengan byte-order mark) atau juga sebagai UTF-16',
  'encoding.not-1252': 'byte {byte} bukan karakter dalam {named}, jadi berkas ini memakai encoding lain; coba --encoding utf-8 atau --encoding utf-16',
  'encoding.not-1252.latin1': 'Latin-1 sebagaimana dibaca kam (Windows-1252, seperti peramban)',
  'encoding.not-utf16': 'teks ini bukan {name} yang sah ({what}){tail}',
  'encoding.not-utf16.bom': ', walaupun berkas ini diawali byte-order mark {name}',
  'encoding.not-utf16.no-bom': '; apakah berkas ini benar-benar UTF-16? tanpa --encoding utf-16 kam membaca UTF-8',
  'encoding.utf16.invalid': 'urutan byte yang tidak sah',
  'encoding.utf16.odd': 'berkas berakhir di tengah sebuah karakter: panjangnya berjumlah ganjil byte',
  'encoding.utf16.high-end': 'berkas berakhir dengan high surrogate {unit} tanpa low surrogate-nya',
  'encoding.utf16.high-alone': 'high surrogate {unit} tanpa low surrogate-nya',
  'encoding.utf16.low-alone': 'low surrogate {unit} tanpa high surrogate-nya',
  'encoding.cannot-write': 'karakter {char} tidak dapat ditulis dalam Windows-1252, encoding berkas ini; tulis ke berkas UTF-8 dengan -o',

  // json-fields.ts
  'json.object': 'harus berupa objek',
  'json.list': 'harus berupa daftar',
  'json.text': 'harus berupa teks',
  'json.number': 'harus berupa angka',
  'json.boolean': 'harus true atau false',
  'json.one-of': '{value} bukan salah satu dari {list}',
  'json.nothing': 'tidak ada isinya',
  'json.whole': '{value} bukan bilangan bulat 0 atau lebih',

  // saved.ts
  'saved.no-criteria': 'sesi ini belum punya kriteria, jadi belum ada keputusan untuk menilai data baru',
  'saved.no-method': 'sesi ini belum punya keputusan metode (pembagian, kapasitas), jadi belum ada keputusan untuk menilai data baru',
  'saved.factor-twice': 'faktor "{factor}" sudah didefinisikan di {at}',
  'saved.whole-accounts': '{value} bukan jumlah pelanggan yang bulat',
  'saved.boundary': 'batas {value} tidak berada di antara 0 dan 100',

  // snapshot.ts
  'snapshot.not-json': 'ini bukan JSON yang dapat dibaca ({why}); {reader} membaca berkas kam/result@1 dan kam/session@1',
  'json.ends-early': 'teks berakhir sebelum JSON-nya lengkap',
  'json.unexpected': '{char} tidak terduga di baris {line}, kolom {column}',
  'snapshot.no-schema': 'ini bukan hasil atau sesi kam: tidak ada kolom "schema" ({reader} membaca berkas kam/result@1 dan kam/session@1)',
  'snapshot.newer': 'skema {schema} lebih baru daripada yang dapat dibaca kam ini (kam ini membaca {readable}); perbarui kam',
  'snapshot.unknown-schema': 'skema "{schema}" bukan skema yang dibaca {reader} ({readable})',
  'snapshot.and': '{a} dan {b}',
  'snapshot.no-result': 'sesi ini belum punya hasil (selesaikan langkah seleksinya, atau kaji ulang berkas hasilnya saja)',
  'snapshot.result-not-result': 'hasil dalam sesi ini bukan dokumen kam/result@1',
  'snapshot.account-twice': 'pelanggan "{id}" muncul dua kali',
  'snapshot.boundary': '{value} tidak berada di antara 0 dan 100',

  // xlsx.ts
  'xlsx.sheet': 'lembar {sheet}',
  'xlsx.long-key':
    'ID ini tersimpan sebagai angka dengan 16 digit atau lebih ({key}); spreadsheet hanya menyimpan 15 digit signifikan, jadi ID itu mungkin sudah berubah: format kolom ID sebagai Text lalu ketik atau impor ulang ID-nya',
  'xlsx.date': 'sel ini berisi tanggal ({shown}), bukan angka; format kolomnya sebagai Number lalu ketik ulang nilainya',
  'xlsx.invalid-date': 'tanggal yang tidak sah',
  'xlsx.boolean': 'sel ini berisi nilai logika {shown}, bukan angka',
  'xlsx.error': 'sel ini berisi galat {shown}, bukan angka; perbaiki rumusnya',
  'xlsx.no-result':
    'rumus {shown} tidak punya nilai tersimpan (berkas ini ditulis oleh program yang tidak menghitung rumus); buka workbook di Excel atau LibreOffice lalu simpan',
  'xlsx.on-line': 'di baris {line}',
  'xlsx.in-row': 'di baris {row}',
  'xlsx.decimal-comma': ' dalam sel teks; masukkan sebagai angka, atau tulis dengan titik desimal',
  'xlsx.comma-nor': ' maupun koma desimal dalam sel teks',
  'xlsx.no-data-rows': 'lembar ini punya baris judul tetapi tidak punya baris data',
  'xlsx.unreadable':
    'berkas ini diawali seperti workbook Excel (.xlsx) tetapi tidak dapat dibaca sebagai workbook ({why}); buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau sebagai CSV UTF-8',
  'xlsx.no-such-sheet': 'workbook ini tidak punya lembar "{sheet}" (lembar yang ada: {sheets}); beri --sheet sebuah nama atau nomor dari 1 sampai {count}',
  'xlsx.no-visible-sheet': 'workbook ini tidak punya lembar yang terlihat',
  'xlsx.sheet-empty': 'lembar ini kosong; lembar perlu satu baris judul dan baris-baris data',
  'xlsx.merged-down': 'sel judul {ref} digabung ke bawah melewati beberapa baris; kam membaca satu baris judul: pisahkan gabungannya',
  'xlsx.merged-across': 'sel judul {ref} digabung, sehingga kolom {column} berisi data tetapi tidak punya nama kolom sendiri; pisahkan gabungannya dan beri nama setiap kolom',
  'xlsx.note': '{file}: membaca lembar "{sheet}" (workbook ini punya {count} lembar: {sheets}; {how}).',

  // workbook.ts
  'workbook.note.named': 'kam membaca lembar bernama "{kind}", atau jika tidak ada, lembar pertama',
  'workbook.note.customers': 'pilih lembar lain dengan --sheet',
  'workbook.not-xlsx': 'ini bukan workbook Excel (.xlsx); lembar penilaian adalah berkas .xlsx yang dibuat kam ratings template',
  'workbook.not-rating-sheet': 'workbook ini bukan lembar penilaian yang dibuat kam ratings template (tidak ada deskripsi kam di dalamnya)',

  // rating-sheets.ts
  'sheets.damaged': 'deskripsi lembar penilaian (lembar tersembunyi "{meta}") rusak: {what}; buat ulang lembarnya dengan kam ratings template',
  'sheets.damaged.missing': 'penilai, lembar, atau kolomnya tidak ada',
  'sheets.damaged.column': 'kolom "{header}" tidak punya faktor, skala, atau sumbu yang sah',
  'sheets.sheet-missing': 'lembar penilaian "{sheet}" tidak ada di workbook (diganti namanya atau dihapus?)',
  'sheets.column-missing': 'kolom "{header}" tidak ada (diganti namanya atau dihapus?); lembar ini harus tetap memuat kolom-kolom yang dibuat kam ratings template',
  'sheets.rater-twice': 'ini lembar penilaian {rater}, begitu pula {other}; kumpulkan satu lembar per penilai',
  'sheets.scales-differ': '"{factor}" dinilai pada skala {min}..{max} di sini tetapi {otherMin}..{otherMax} di {other}; lembar-lembar ini dibuat dari kriteria yang berbeda',
};
