# syntax=docker/dockerfile:1
# geoevents worker image: `docker build -t geoevents .`, then `docker run geoevents` (worker) or
# `docker run geoevents publish /seeds`, `... tail`, `... schemas`.

ARG PYTHON_IMAGE=python:3.11-slim

# --- build: install the package and its dependencies into a self-contained venv ---------------
FROM ${PYTHON_IMAGE} AS build

# The extraction engine is compiled with mypyc (README, "Compiled build"); `--build-arg
# GEOEVENTS_COMPILE=0` builds a pure-Python image instead.
ARG GEOEVENTS_COMPILE=1
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    GEOEVENTS_COMPILE=${GEOEVENTS_COMPILE}

# A C compiler for mypyc, in this stage only (the runtime stage copies the venv, not the tools).
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# .dockerignore admits only pyproject.toml, setup.py, build_backend/, README.md, LICENSE and service/.
COPY . .
RUN pip install . \
 && geoevents --help > /dev/null \
 && python -c "import geoevents, os; assert geoevents.compiled() == (os.environ['GEOEVENTS_COMPILE'] == '1')"

# --- runtime: the venv only, no sources, no build tools, non-root ------------------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    GEOEVENTS_WEB_HOST=0.0.0.0 \
    GEOEVENTS_WEB_PORT=6066 \
    GEOEVENTS_DATA_DIR=/var/lib/geoevents

RUN groupadd --system --gid 10001 geoevents \
 && useradd --system --uid 10001 --gid geoevents --home-dir /var/lib/geoevents --no-create-home \
        --shell /usr/sbin/nologin geoevents \
 && install -d -o geoevents -g geoevents -m 0750 /var/lib/geoevents

COPY --from=build /opt/venv /opt/venv

USER geoevents
WORKDIR /var/lib/geoevents

EXPOSE 6066

# No curl in slim images: probe /healthz with the interpreter we already ship.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('GEOEVENTS_WEB_PORT', '6066') + '/healthz', timeout=2)"]

ENTRYPOINT ["geoevents"]
CMD ["worker"]
