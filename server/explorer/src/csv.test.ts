import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and one line per row, quoting only what needs it', () => {
    const rows = [
      { name: '嘉泽镇', note: 'a, "b"', amount: 5e9 },
      { name: '湖塘镇', note: null, amount: 0.5 },
    ];
    const text = toCsv(
      [
        { header: 'town', value: (r: (typeof rows)[number]) => r.name },
        { header: 'note', value: (r) => r.note },
        { header: 'amount', value: (r) => r.amount },
      ],
      rows,
    );
    expect(text).toBe('town,note,amount\r\n嘉泽镇,"a, ""b""",5000000000\r\n湖塘镇,,0.5\r\n');
  });
});
