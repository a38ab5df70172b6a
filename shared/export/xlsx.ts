/**
 * The inventory tables as XLSX, written by excel-builder-vanilla (ESM, no Node or DOM API, its
 * zip is fflate): one writer for the command line and the app's worker alike.
 *
 * One sheet: a bold, frozen header row, column widths from the content. Every value keeps its
 * type: document numbers such as "0001" stay text (Excel would drop the zeros of a number), and
 * a string is never a formula, so "=HYPERLINK(…)" in a title stays the text it was.
 */
import { createExcelFile, createWorkbook } from 'excel-builder-vanilla';

/** Characters XML 1.0 cannot carry: a reader refuses the whole file over one of them. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * A table (header row first) as an .xlsx workbook.
 *
 * @example
 *   const bytes = await tableToXlsx([['ID', 'Document'], ['0001', 'Brief']], { sheet: 'Inventarislijst' });
 */
export async function tableToXlsx(table: readonly (readonly (string | number)[])[], opts: { sheet: string }): Promise<Uint8Array> {
  const wb = createWorkbook();
  // Sheet names: at most 31 characters, none of \ / ? * [ ] : (ECMA-376 §18.2.19).
  const ws = wb.createWorksheet({ name: opts.sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Blad1' });
  const header = wb.getStyleSheet().createFormat({ font: { bold: true }, alignment: { vertical: 'top' } });
  const cols = Math.max(0, ...table.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(8, Math.min(60, Math.max(...table.map((r) => String(r[c] ?? '').length + 2)))));
  const clean = (v: string | number | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : String(v ?? '').replace(NOT_XML, ''));
  ws.setData(table.map((row, r) => row.map((v) => (r === 0 ? { value: clean(v), metadata: { style: header.id } } : clean(v)))));
  ws.setColumns(widths.map((width) => ({ width })));
  // Worksheet.freezePane sets the view's state, Pane.freezePane the split it writes; both are needed.
  ws.freezePane(0, 1, 'A2');
  ws.sheetView.pane.freezePane(0, 1, 'A2');
  wb.addWorksheet(ws);
  return createExcelFile(wb, 'Uint8Array');
}
