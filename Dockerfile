# The CLI as a container image, for GitLab CI, Jenkins, Azure Pipelines and other runners:
#   docker build -t ai-tooling-gate .
#   docker run --rm -v "$PWD:/src" ai-tooling-gate scan . --format codequality --output gl-code-quality.json
# The entry point is the CLI; it runs as the unprivileged `node` user. dist/ is committed and
# holds all the code: nothing is installed from npm. Pin the base image by digest in production
# (`FROM node:24-slim@sha256:…`); Dependabot can keep it current.
FROM node:24-slim

# git for `scan --base REF`; the scanned repository is mounted and owned by another user.
RUN apt-get update \
 && apt-get install -y --no-install-recommends git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && git config --system --add safe.directory '*'

WORKDIR /opt/ai-tooling-gate
COPY package.json LICENSE README.md ./
COPY dist/ ./dist/

USER node
WORKDIR /src
ENTRYPOINT ["node", "/opt/ai-tooling-gate/dist/cli/index.js"]
CMD ["scan", "."]
