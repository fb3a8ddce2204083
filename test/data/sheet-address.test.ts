/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {isUnpublishedSheet, sheetCsvAddress} from '../../src/data/sheet-address.js';

const ID = '1AbC-dEf_2gHiJkLmNoPqRsTuVwXyZ0123456789';
const PUB = '2PACX-1vQexampleExample_Published-Id';
const sheet = `https://docs.google.com/spreadsheets/d/${ID}`;
const published = `https://docs.google.com/spreadsheets/d/e/${PUB}`;

describe('sheetCsvAddress', () => {
  it("rewrites an editor's address to its CSV export, keeping the sheet's gid", () => {
    expect(sheetCsvAddress(`${sheet}/edit#gid=1234`)).to.equal(`${sheet}/export?format=csv&gid=1234`);
    expect(sheetCsvAddress(`${sheet}/edit?gid=77#gid=77`)).to.equal(`${sheet}/export?format=csv&gid=77`);
  });

  it('reads the first sheet of an address without a gid (a sharing link, a bare id)', () => {
    expect(sheetCsvAddress(`${sheet}/edit?usp=sharing`)).to.equal(`${sheet}/export?format=csv`);
    expect(sheetCsvAddress(sheet)).to.equal(`${sheet}/export?format=csv`);
    expect(sheetCsvAddress(`${sheet}/`)).to.equal(`${sheet}/export?format=csv`);
  });

  it('keeps an export address as it reads, gid included', () => {
    expect(sheetCsvAddress(`${sheet}/export?format=csv&gid=5`)).to.equal(`${sheet}/export?format=csv&gid=5`);
    expect(sheetCsvAddress(`${sheet}/export?gid=5&format=csv`)).to.equal(`${sheet}/export?format=csv&gid=5`);
  });

  it("rewrites a published copy's page or CSV to its CSV, one sheet only when a gid names it", () => {
    expect(sheetCsvAddress(`${published}/pubhtml`)).to.equal(`${published}/pub?output=csv`);
    expect(sheetCsvAddress(`${published}/pub?output=csv`)).to.equal(`${published}/pub?output=csv`);
    expect(sheetCsvAddress(`${published}/pubhtml?gid=0&single=true`)).to.equal(`${published}/pub?output=csv&gid=0&single=true`);
    expect(sheetCsvAddress(`${published}/pub?gid=42&single=true&output=csv`)).to.equal(`${published}/pub?output=csv&gid=42&single=true`);
  });

  it('leaves alone what is not a sheet: other Google documents, other hosts, look-alikes', () => {
    for (const address of [
      'https://docs.google.com/document/d/abc/edit',
      'https://example.org/spreadsheets/d/abc/edit',
      'https://docs.google.com.example.org/spreadsheets/d/abc/edit',
      'data/timeline.csv',
      '',
    ]) {
      expect(sheetCsvAddress(address), address).to.equal(undefined);
    }
  });
});

describe('isUnpublishedSheet', () => {
  const csv = `${sheet}/export?format=csv`;

  it("is a sheet address's 401 or 403, or its HTML page", () => {
    expect(isUnpublishedSheet({address: csv, status: 401, contentType: 'text/html'})).to.equal(true);
    expect(isUnpublishedSheet({address: csv, status: 403, contentType: null})).to.equal(true);
    expect(isUnpublishedSheet({address: csv, status: 200, contentType: 'text/html; charset=utf-8', bodyStart: '<!doctype html>'})).to.equal(true);
  });

  it("is Google's sign-in page, wherever it came from", () => {
    const page = '<!doctype html><form action="https://accounts.google.com/v3/signin/identifier">';
    expect(isUnpublishedSheet({address: '/proxy/sheet', status: 200, contentType: 'text/html', bodyStart: page})).to.equal(true);
    // No type said, but a page all the same.
    expect(isUnpublishedSheet({address: '/proxy/sheet', status: 200, contentType: null, bodyStart: page})).to.equal(true);
  });

  it("is not a sheet's CSV, nor another server's error or page", () => {
    expect(isUnpublishedSheet({address: csv, status: 200, contentType: 'text/csv', bodyStart: 'Year,Headline\n2001,A'})).to.equal(false);
    expect(isUnpublishedSheet({address: 'https://example.org/t.json', status: 401, contentType: 'text/html'})).to.equal(false);
    expect(isUnpublishedSheet({address: 'https://example.org/t.json', status: 200, contentType: 'text/html', bodyStart: '<html>Not found</html>'})).to.equal(false);
    // A CSV that merely mentions the sign-in address is data, not a sign-in page.
    expect(isUnpublishedSheet({address: '/t.csv', status: 200, contentType: 'text/csv', bodyStart: 'date,title,source_url\n2001-01-01,A,https://accounts.google.com/'})).to.equal(false);
  });
});
