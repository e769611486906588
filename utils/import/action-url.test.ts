import { describe, expect, it } from 'vitest';
import { findActionUrl } from './action-url';

describe('findActionUrl', () => {
  it("finds the action's page, announced on its line or the line above", () => {
    const lines = [
      'Donate: https://www.example.org/donate/',
      'Take action online: https://www.example.org/urgent-actions/free-her/',
      'Report your actions: https://www.example.org/report-ua/',
      'Unsubscribe: https://act.example.org/unsubscribe?e=x',
    ];
    expect(findActionUrl(lines, new Set())).toEqual({ url: 'https://www.example.org/urgent-actions/free-her/', index: 1 });
    expect(findActionUrl(['Retrouvez cette action sur notre site :', 'https://www.example.fr/agir/liberez-la'], new Set())).toEqual({
      url: 'https://www.example.fr/agir/liberez-la',
      index: 1,
    });
  });

  it("never takes an official's web form, a plain http link or an unannounced one", () => {
    expect(findActionUrl(['Online form: https://justice.example.gov/accion-urgente/form'], new Set([0]))).toBeUndefined();
    expect(findActionUrl(['Take action online: http://www.example.org/urgent-actions/x'], new Set())).toBeUndefined();
    expect(findActionUrl(['Read our annual report: https://www.example.org/annual-2026'], new Set())).toBeUndefined();
  });
});
