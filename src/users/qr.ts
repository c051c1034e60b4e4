// A QR code drawn as SVG on the server for the TOTP enrolment page, so no external service sees
// the secret. The `qrcode` library encodes (segments, version, Reed–Solomon, masking); we only
// draw its module matrix, because its own SVG renderer is asynchronous and has no role or label.
import QRCode from 'qrcode';

/** The dark modules of `text` at error correction level M, row by row. */
export function qrMatrix(text: string): boolean[][] {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => data[y * size + x] === 1),
  );
}

/** The QR code as an SVG element's markup, with a 4-module quiet zone and an accessible label. */
export function qrSvg(text: string, label: string): string {
  const grid = qrMatrix(text);
  const size = grid.length + 8;
  let path = '';
  grid.forEach((row, y) => {
    // One horizontal run per stretch of dark modules keeps the path short.
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      path += `M${x + 4} ${y + 4}h${end - x + 1}v1h-${end - x + 1}z`;
      x = end;
    }
  });
  const escaped = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="admin-qr" viewBox="0 0 ${size} ${size}" ` +
    `role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
