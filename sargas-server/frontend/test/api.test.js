// Unit tests of the API paths (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incidentEvidenceUrl, incidentReportUrl, pathId } from '../src/api.js';

test('ids with slashes go into paths raw, each segment encoded', () => {
  assert.equal(pathId('T0000002/LTU/1761233313885'), 'T0000002/LTU/1761233313885');
  assert.equal(pathId('A x/y?z'), 'A%20x/y%3Fz');
  assert.equal(incidentReportUrl('T1/LTU/17', 'html'), '/api/incidents/T1/LTU/17/report?format=html');
  assert.equal(incidentEvidenceUrl('T1/LTU/17'), '/api/incidents/T1/LTU/17/evidence');
});
