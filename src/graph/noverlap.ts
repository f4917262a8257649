// One step of noverlap (graphology-layout-noverlap's iterate.js, MIT, Guillaume Plique), the
// same arithmetic in the same order, so the same positions, but without its memory: the library
// remembers every pair of nodes it compared in a Set of strings ("12§345"), up to 2^24 of them,
// a gigabyte or more in one step on a corpus graph. A pair that shares several grid cells is
// compared in the first of them (the lowest index), which is where the Set let it through.

/** Noverlap's node matrix: x, y, size. */
export const NOVERLAP_NODE_FIELDS = 3;

export interface NoverlapSettings {
  margin: number;
  ratio: number;
  expansion: number;
  gridSize: number;
  speed: number;
}

/** Moves overlapping nodes of the matrix apart, in place; true when none overlapped. */
export function noverlapStep({ margin, ratio, expansion, gridSize, speed }: NoverlapSettings, matrix: Float32Array): boolean {
  const length = matrix.length;
  const order = (length / NOVERLAP_NODE_FIELDS) | 0;
  const deltaX = new Float32Array(order);
  const deltaY = new Float32Array(order);
  let converged = true;

  let xMin = Infinity, yMin = Infinity, xMax = -Infinity, yMax = -Infinity;
  for (let i = 0; i < length; i += NOVERLAP_NODE_FIELDS) {
    const [x, y, size] = [matrix[i], matrix[i + 1], matrix[i + 2] * ratio + margin];
    xMin = Math.min(xMin, x - size);
    xMax = Math.max(xMax, x + size);
    yMin = Math.min(yMin, y - size);
    yMax = Math.max(yMax, y + size);
  }
  const [width, height] = [xMax - xMin, yMax - yMin];
  const [xCenter, yCenter] = [(xMin + xMax) / 2, (yMin + yMax) / 2];
  xMin = xCenter - (expansion * width) / 2;
  xMax = xCenter + (expansion * width) / 2;
  yMin = yCenter - (expansion * height) / 2;
  yMax = yCenter + (expansion * height) / 2;

  // Each node in every cell its disc reaches; its first column and row, to find the first cell two nodes share.
  const grid: number[][] = Array.from({ length: gridSize * gridSize }, () => []);
  const firstColumn = new Int32Array(order);
  const firstRow = new Int32Array(order);
  for (let i = 0, node = 0; i < length; i += NOVERLAP_NODE_FIELDS, node++) {
    const [x, y, size] = [matrix[i], matrix[i + 1], matrix[i + 2] * ratio + margin];
    const columns = [Math.floor((gridSize * (x - size - xMin)) / (xMax - xMin)), Math.floor((gridSize * (x + size - xMin)) / (xMax - xMin))];
    const rows = [Math.floor((gridSize * (y - size - yMin)) / (yMax - yMin)), Math.floor((gridSize * (y + size - yMin)) / (yMax - yMin))];
    [firstColumn[node], firstRow[node]] = [columns[0], rows[0]];
    for (let column = columns[0]; column <= columns[1]; column++) {
      for (let row = rows[0]; row <= rows[1]; row++) grid[column * gridSize + row].push(i);
    }
  }

  for (let cell = 0; cell < grid.length; cell++) {
    const members = grid[cell];
    for (let i = 0; i < members.length; i++) {
      const n1 = members[i];
      const x1 = matrix[n1];
      const y1 = matrix[n1 + 1];
      const s1 = matrix[n1 + 2];
      const node1 = n1 / NOVERLAP_NODE_FIELDS;
      for (let j = i + 1; j < members.length; j++) {
        const n2 = members[j];
        const node2 = n2 / NOVERLAP_NODE_FIELDS;
        if (Math.max(firstColumn[node1], firstColumn[node2]) * gridSize + Math.max(firstRow[node1], firstRow[node2]) !== cell) continue;
        const xDist = matrix[n2] - x1;
        const yDist = matrix[n2 + 1] - y1;
        const dist = Math.sqrt(xDist * xDist + yDist * yDist);
        // Written as the library writes it, so that a NaN distance is no collision there either.
        if (!(dist < s1 * ratio + margin + (matrix[n2 + 2] * ratio + margin))) continue;
        converged = false;
        if (dist > 0) {
          deltaX[node2] += (xDist / dist) * (1 + s1);
          deltaY[node2] += (yDist / dist) * (1 + s1);
        } else {
          // Nodes on the exact same spot: a little jitter, as the library gives them.
          deltaX[node2] += width * (0.01 * (0.5 - Math.random()));
          deltaY[node2] += height * (0.01 * (0.5 - Math.random()));
        }
      }
    }
  }

  for (let i = 0, node = 0; i < length; i += NOVERLAP_NODE_FIELDS, node++) {
    matrix[i] += deltaX[node] * 0.1 * speed;
    matrix[i + 1] += deltaY[node] * 0.1 * speed;
  }
  return converged;
}
