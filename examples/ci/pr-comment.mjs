#!/usr/bin/env node
// Posts a file (the review's Markdown) as a comment on a pull request, or updates the comment an
// earlier run posted, so that a pull request carries one kam review however often the job runs.
// The comment is found by a hidden marker on its first line. Uses GitHub's REST API with the
// variables GitHub Actions sets (GITHUB_API_URL, GITHUB_REPOSITORY) and the job's GITHUB_TOKEN and
// PR_NUMBER (see kam-quarterly-review.yml). Node 20, no dependencies.
//
//   node pr-comment.mjs review/review.md
import { readFileSync } from 'node:fs';

const MARKER = '<!-- kam-quarterly-review -->';
/** GitHub refuses comments over 65,536 characters. */
const LIMIT = 65536;

function fail(message) {
  process.stderr.write(`pr-comment: ${message}\n`);
  process.exit(1);
}

const [file] = process.argv.slice(2);
if (!file) fail('usage: node pr-comment.mjs FILE (the Markdown to post)');
const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repo, PR_NUMBER: pr } = process.env;
const api = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
for (const [name, value] of [['GITHUB_TOKEN', token], ['GITHUB_REPOSITORY', repo], ['PR_NUMBER', pr]]) {
  if (!value) fail(`${name} is not set`);
}

let body = `${MARKER}\n${readFileSync(file, 'utf8')}`;
if (body.length > LIMIT) {
  const note = '\n\n_The review was cut to fit a comment: the job summary and the artifact have all of it._\n';
  body = body.slice(0, LIMIT - note.length) + note;
}

async function call(method, path, payload) {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
      ...(payload ? { 'content-type': 'application/json' } : {}),
    },
    body: payload ? JSON.stringify(payload) : undefined,
  });
  if (!res.ok) fail(`${method} ${path}: ${res.status} ${res.statusText} ${await res.text()}`);
  return res.json();
}

/** The comment an earlier run posted: the first with the marker, page by page. */
async function earlier() {
  for (let page = 1; ; page++) {
    const comments = await call('GET', `/repos/${repo}/issues/${pr}/comments?per_page=100&page=${page}`);
    const found = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
    if (found) return found;
    if (comments.length < 100) return null;
  }
}

const previous = await earlier();
const comment = previous
  ? await call('PATCH', `/repos/${repo}/issues/comments/${previous.id}`, { body })
  : await call('POST', `/repos/${repo}/issues/${pr}/comments`, { body });
process.stdout.write(`${previous ? 'Updated' : 'Posted'} the review comment ${comment.html_url ?? comment.id}\n`);
