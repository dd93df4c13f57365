/** RFC 4180 CSV parsing and the labelled-row reader shared by `train` and `eval`. */

/** Parses CSV text into rows of fields: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // A BOM would otherwise end up glued to the first header name.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One labelled text from the dev file. */
export interface LabelledText {
  id: string;
  text: string;
  complaint: boolean;
  domain: string;
}

/** Turns parsed CSV (with a header row holding `text` and `complaint`) into labelled texts. */
export function toLabelledTexts(rows: string[][]): LabelledText[] {
  const [header, ...body] = rows;
  if (!header) throw new Error('csv: the file is empty; expected a header with text and complaint columns');
  const col = (name: string): number => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [idCol, textCol, labelCol, domainCol] = [col('id'), col('text'), col('complaint'), col('domain')];
  if (textCol < 0 || labelCol < 0) {
    throw new Error(`csv: missing column ${textCol < 0 ? 'text' : 'complaint'}; found ${header.join(', ')}`);
  }
  const out: LabelledText[] = [];
  body.forEach((fields, n) => {
    // Blank trailing lines parse as a single empty field.
    if (fields.length === 1 && fields[0] === '') return;
    const label = (fields[labelCol] ?? '').trim();
    if (label !== '0' && label !== '1') {
      throw new Error(`csv: row ${n + 2} has complaint "${label}"; expected 0 or 1`);
    }
    out.push({
      id: idCol >= 0 ? (fields[idCol] ?? String(n)) : String(n),
      text: fields[textCol] ?? '',
      complaint: label === '1',
      domain: domainCol >= 0 ? (fields[domainCol] ?? '') : '',
    });
  });
  return out;
}
