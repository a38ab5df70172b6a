/**
 * XLSX writing with exceljs. exceljs needs Node (streams, Buffer), so it lives here rather
 * than in shared/; the app's main process imports this module too and passes it to buildBundle.
 */
import ExcelJS from 'exceljs';

/**
 * A table (header row first) as an .xlsx workbook with one sheet: bold frozen header, a filter
 * on the header, sensible column widths. Every value is written as the type it has, so
 * document numbers such as "0001" stay text (Excel would otherwise drop the zeros) and no
 * value is ever a formula.
 */
export async function tableToXlsx(table: (string | number)[][], opts: { sheet: string; title: string; at?: Date }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lakstift';
  wb.title = opts.title;
  const at = opts.at ?? new Date();
  wb.created = at;
  wb.modified = at;
  const ws = wb.addWorksheet(opts.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of table) ws.addRow(row.map((v) => (typeof v === 'number' ? v : String(v))));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top' };
  const cols = table[0]?.length ?? 0;
  if (cols > 0 && table.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols } };
  for (let c = 1; c <= cols; c++) {
    let w = 8;
    for (const row of table) w = Math.max(w, Math.min(60, String(row[c - 1] ?? '').length + 2));
    ws.getColumn(c).width = w;
    ws.getColumn(c).alignment = { vertical: 'top', wrapText: w >= 60 };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** Reads the first sheet of an .xlsx back as strings (for tests and for importing an edited list). */
export async function readXlsxTable(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const vals: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      vals.push(v === null || v === undefined ? '' : String(v));
    }
    out.push(vals);
  });
  return out;
}
