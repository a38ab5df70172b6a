import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { tableToXlsx } from '../../renderer/src/worker/xlsx';

async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('the worker XLSX writer', () => {
  it('writes a sheet Excel tools read back cell for cell, keeping leading zeros and never a formula', async () => {
    const table = [
      ['ID', 'Document', 'Pagina\'s', 'Beoordeling'],
      ['0001', 'RE: Overleg <intern> & "extern"', 3, 'Deels openbaar'],
      ['0002', '=HYPERLINK("http://x")', 1, 'Openbaar'],
    ];
    const wb = await read(tableToXlsx(table, { sheet: 'Inventarislijst', title: 'Inventarislijst Verzoek', at: new Date('2024-03-01T10:00:00Z') }));
    const ws = wb.getWorksheet('Inventarislijst')!;
    expect(ws.getRow(2).getCell(1).value).toBe('0001');
    expect(ws.getRow(2).getCell(2).value).toBe('RE: Overleg <intern> & "extern"');
    expect(ws.getRow(2).getCell(3).value).toBe(3);
    expect(ws.getRow(3).getCell(2).value).toBe('=HYPERLINK("http://x")');
    expect(ws.getRow(3).getCell(2).formula).toBeUndefined();
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.title).toBe('Inventarislijst Verzoek');
  });

  it('drops control characters that would make the file unreadable', async () => {
    const wb = await read(tableToXlsx([['a'], ['x\u0001y']], { sheet: 'S', title: 'T', at: new Date() }));
    expect(wb.getWorksheet('S')!.getRow(2).getCell(1).value).toBe('xy');
  });
});
