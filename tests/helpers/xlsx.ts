/** Reads XLSX with exceljs, a reader independent of the writer (excel-builder-vanilla). */
import ExcelJS from 'exceljs';

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The first sheet's rows as strings. */
export async function readXlsxTable(bytes: Uint8Array): Promise<string[][]> {
  const ws = (await readWorkbook(bytes)).worksheets[0];
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
