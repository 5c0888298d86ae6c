#!/usr/bin/env python3
"""Makes a detection fixture from a clone of a real repository.

    scripts/detect-fixture.py GIT_DIR OWNER/NAME src/test/resources/detect/fixtures/NAME

Writes paths.txt (every path of the tree at HEAD) and files/ (the text of the manifests and deployment files, the files
detection reads or looks for; the rest stay empty when the test lays the tree out), and fixture.yml with the repository
and the commit. Fill in the answers a reader gives, and why, before running DetectionFixturesTests.
"""
import os
import re
import subprocess
import sys

READ = [
    r'(^|/)package\.json$', r'(^|/)pom\.xml$', r'(^|/)(build|settings)\.gradle(\.kts)?$', r'\.versions\.toml$',
    r'(^|/)pyproject\.toml$', r'(^|/)Pipfile$', r'(^|/)setup\.py$', r'(^|/)[^/]*requirements[^/]*\.txt$',
    r'requirements/[^/]*\.txt$', r'(^|/)go\.mod$', r'(^|/)(Gemfile|gems\.rb)$', r'\.(cs|fs|vb)proj$',
    r'(^|/)Directory\.(Packages|Build)\.props$', r'(^|/)pubspec\.yaml$', r'\.tf$', r'^\.github/workflows/[^/]+\.ya?ml$',
    r'^\.github/actions/.+/action\.ya?ml$', r'^\.gitlab-ci\.ya?ml$', r'^azure-pipelines\.ya?ml$',
    r'^bitbucket-pipelines\.ya?ml$', r'^\.circleci/config\.ya?ml$', r'(^|/)cloudbuild\.ya?ml$', r'(^|/)buildspec\.ya?ml$',
    r'^\.claude/agents/[^/]+\.md$',
]
DEPLOY = [
    r'(^|/)fly\.toml$', r'(^|/)vercel\.json$', r'(^|/)netlify\.toml$', r'(^|/)render\.yaml$', r'(^|/)cdk\.json$',
    r'(^|/)samconfig\.toml$', r'(^|/)serverless\.ya?ml$', r'(^|/)azure\.yaml$', r'\.bicep$', r'^app\.yaml$',
    r'(^|/)firebase\.json$', r'(^|/)\.firebaserc$', r'(^|/)Procfile$', r'(^|/)Dockerfile[^/]*$',
    r'(^|/)(docker-)?compose[^/]*\.ya?ml$', r'(^|/)Chart\.yaml$', r'(^|/)kustomization\.ya?ml$', r'(^|/)skaffold\.ya?ml$',
    r'(^|/)(k8s|kubernetes|kubernetes-manifests|helm|charts|deploy)/.*\.ya?ml$', r'(^|/)dbt_project\.yml$',
    r'(^|/)databricks\.yml$', r'(^|/)angular\.json$', r'(^|/)nuxt\.config\.[jt]s$', r'(^|/)next\.config\.[mc]?[jt]s$',
]
LIMIT = 200 * 1024


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo] + list(args), capture_output=True, check=True).stdout


def main(repo, name, out):
    commit = git(repo, 'rev-parse', 'HEAD').decode().strip()
    paths = []
    for entry in git(repo, 'ls-tree', '-r', '-z', 'HEAD').split(b'\0'):
        if entry:
            meta, path = entry.split(b'\t', 1)
            mode, kind, sha = meta.split(b' ')
            if kind == b'blob':  # submodules are left out; symbolic links become plain empty files
                paths.append((path.decode('utf-8', 'replace'), mode.decode(), sha.decode()))
    os.makedirs(os.path.join(out, 'files'), exist_ok=True)
    kept = 0
    with open(os.path.join(out, 'paths.txt'), 'w') as listing:
        for path, mode, sha in sorted(paths):
            listing.write(path + '\n')
            if mode != '120000' and any(re.search(p, path) for p in READ + DEPLOY):
                data = git(repo, 'cat-file', 'blob', sha)
                if len(data) > LIMIT:
                    print('too big, kept empty:', path, len(data))
                    continue
                target = os.path.join(out, 'files', path)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, 'wb') as copy:
                    copy.write(data)
                kept += 1
    with open(os.path.join(out, 'fixture.yml'), 'w') as fixture:
        fixture.write(f'repository: {name}\ncommit: {commit}\nanswers:  # what a reader of the repository would answer\n'
                      '  project-type: \n  stack: \n  deployment: \nwhy:\n  project-type: ""\n  stack: ""\n  deployment: ""\n')
    print(f'{name} {commit}: {len(paths)} paths, {kept} files kept')


if __name__ == '__main__':
    main(*sys.argv[1:])
