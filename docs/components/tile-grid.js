// A tile-grid map of Vietnam: one equal square per province at its approximate position, as
// [column, row] (column 0 the west, row 0 the north). No boundaries are drawn: the grid keeps the
// country's shape (the wide north, the narrow central coast, the Mekong delta) and gives each unit
// the same weight. Two grids: the 63 provinces before 1 July 2025, the 34 units after.

export const GRID_63 = {
  "12": [1, 0], "10": [2, 0], "02": [3, 0], "04": [4, 0],
  "11": [0, 1], "14": [1, 1], "15": [2, 1], "08": [3, 1], "06": [4, 1], "20": [5, 1],
  "25": [2, 2], "26": [3, 2], "19": [4, 2], "24": [5, 2], "22": [6, 2],
  "17": [2, 3], "01": [3, 3], "27": [4, 3], "30": [5, 3], "31": [6, 3],
  "35": [3, 4], "33": [4, 4], "34": [5, 4],
  "38": [2, 5], "37": [3, 5], "36": [4, 5],
  "40": [2, 6],
  "42": [3, 7],
  "44": [3, 8],
  "45": [4, 9],
  "46": [4, 10],
  "48": [5, 11],
  "49": [5, 12],
  "62": [4, 13], "51": [5, 13],
  "64": [4, 14], "52": [5, 14],
  "66": [4, 15], "54": [5, 15],
  "67": [3, 16], "68": [4, 16], "56": [5, 16],
  "72": [1, 17], "70": [2, 17], "75": [3, 17], "60": [4, 17], "58": [5, 17],
  "74": [1, 18], "79": [2, 18], "77": [3, 18],
  "89": [0, 19], "87": [1, 19], "80": [2, 19],
  "91": [0, 20], "92": [1, 20], "82": [2, 20], "83": [3, 20],
  "93": [1, 21], "86": [2, 21], "84": [3, 21],
  "96": [0, 22], "95": [1, 22], "94": [2, 22]
};

export const GRID_34 = {
  "12": [1, 0], "15": [2, 0], "08": [3, 0], "04": [4, 0],
  "11": [0, 1], "14": [1, 1], "25": [2, 1], "19": [3, 1], "20": [4, 1],
  "01": [2, 2], "24": [3, 2], "22": [4, 2],
  "37": [2, 3], "33": [3, 3], "31": [4, 3],
  "38": [2, 4],
  "40": [2, 5],
  "42": [3, 6],
  "44": [3, 7],
  "46": [3, 8],
  "48": [4, 9],
  "51": [4, 10],
  "52": [4, 11],
  "66": [4, 12],
  "75": [2, 13], "68": [3, 13], "56": [4, 13],
  "80": [1, 14], "79": [2, 14],
  "91": [0, 15], "82": [1, 15], "86": [2, 15],
  "92": [1, 16],
  "96": [0, 17]
};

export const gridOf = (units) => (units === "34" ? GRID_34 : GRID_63);

const SHORT = {"Thừa Thiên Huế": "Huế", "Bà Rịa - Vũng Tàu": "BR-VT", "Hồ Chí Minh": "TP.HCM"};

/** A name on at most two lines of a tile: "Tiền Giang" → ["Tiền", "Giang"]. */
export function tileLines(name) {
  const short = SHORT[name] ?? name;
  const words = short.split(" ");
  if (words.length <= 2) return words;
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(" "), words.slice(half).join(" ")];
}
