import { readCsvRecords } from './index.ts';
for (let k = 0; k < 3; k++) {
const t = performance.now();
let n = 0;
for await (const r of readCsvRecords('/work/shared/data/esco/occupationSkillRelations.csv')) { if (r.line > 0) n++; }
console.log('read only', n, Math.round(performance.now() - t), 'ms');
}
