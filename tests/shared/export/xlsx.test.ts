import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tableToXlsx } from '../../../shared/export/xlsx';
import { readWorkbook } from '../../helpers/xlsx';

describe('tableToXlsx', () => {
  it('writes a sheet another reader reads back cell for cell, keeping leading zeros and never a formula', async () => {
    const table = [
      ['ID', 'Document', "Pagina's", 'Beoordeling'],
      ['0001', 'RE: Overleg <intern> & "extern"', 3, 'Deels openbaar'],
      ['0002', '=HYPERLINK("http://x")', 1, 'Openbaar'],
    ];
    const bytes = await tableToXlsx(table, { sheet: 'Inventarislijst' });
    const wb = await readWorkbook(bytes);
    const ws = wb.getWorksheet('Inventarislijst')!;
    expect(ws.getRow(2).getCell(1).value).toBe('0001');
    expect(ws.getRow(2).getCell(2).value).toBe('RE: Overleg <intern> & "extern"');
    expect(ws.getRow(2).getCell(3).value).toBe(3);
    expect(ws.getRow(3).getCell(2).value).toBe('=HYPERLINK("http://x")');
    expect(ws.getRow(3).getCell(2).formula).toBeUndefined();
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Column widths follow the content (exceljs misreads <col> widths, so read the sheet XML).
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain(`<col max="2" min="2" customWidth="1" width="${'RE: Overleg <intern> & "extern"'.length + 2}"/>`);
  });

  it('drops control characters that would make the file unreadable', async () => {
    const wb = await readWorkbook(await tableToXlsx([['a'], ['x\u0001y']], { sheet: 'S' }));
    expect(wb.getWorksheet('S')!.getRow(2).getCell(1).value).toBe('xy');
  });

  it('makes a sheet name Excel accepts out of any title', async () => {
    const wb = await readWorkbook(await tableToXlsx([['a']], { sheet: 'Inventaris: 2024/017 [concept] met een lange naam' }));
    expect(wb.worksheets[0].name).toBe('Inventaris  2024 017  concept  ');
  });
});
