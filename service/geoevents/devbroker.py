"""Owns the local single-node Apache Kafka broker (KRaft) used by tests and the no-Docker dev mode.

The broker is the real Kafka 4.x server, run from Maven Central jars that
:func:`ensure_jars` resolves once into a cache outside git
(``~/.cache/geoevents/kafka-<version>/libs``, or ``$GEOEVENTS_KAFKA_HOME/libs``)
with ``mvn -f broker/pom.xml dependency:copy-dependencies``.

:class:`LocalBroker` gives one combined broker+controller node with three listeners
on 127.0.0.1, each on a free port chosen at first start and kept for the life of
its data directory (so :meth:`LocalBroker.restart` comes back on the same addresses):

* ``PLAINTEXT`` -- clients and inter-broker traffic (:attr:`BrokerInfo.bootstrap`);
* ``SASL_PLAINTEXT`` with SCRAM-SHA-256 -- :attr:`BrokerInfo.sasl_bootstrap`; the users
  (default ``geoevents`` / ``geoevents-secret``) are written into the metadata log when
  the storage is formatted, so they exist from the first moment the broker serves;
* ``CONTROLLER`` -- the KRaft quorum of one (``--standalone`` dynamic quorum).

Topic auto-creation is OFF by default (``auto.create.topics.enable=false``): the
application must create its topics itself, exactly as it has to on a managed cluster,
so a missing create shows up in tests instead of being papered over. Pass
``auto_create_topics=True`` to turn it on.

:meth:`LocalBroker.start` returns only once a real Kafka request succeeds on both
client listeners: ApiVersions + Metadata (listing this broker) on PLAINTEXT and a
full SCRAM-SHA-256 SASL authentication followed by Metadata on SASL_PLAINTEXT. The
probe speaks the Kafka wire protocol with the standard library only, so this module
has no third-party dependency.

Data directory layout (``data_dir``)::

    server.properties   generated broker config
    kraft/              Kafka's log.dirs (metadata log and topic data)
    logs/server.log     log4j2 file log (WARN+, INFO for broker lifecycle)
    broker.out          the JVM's stdout/stderr (WARN+ console log, crashes)
    devbroker.json      cluster id and ports, kept across restarts
    broker.json         BrokerInfo of the running broker, for other processes

Command line (foreground, for manual use; ``scripts/broker`` wraps it)::

    python -m geoevents.devbroker start  [--data-dir DIR] [--partitions N]
    python -m geoevents.devbroker stop   [--data-dir DIR]
    python -m geoevents.devbroker status [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import atexit
import base64
import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

__all__ = [
    "DEFAULT_SASL_PASSWORD",
    "DEFAULT_SASL_USER",
    "KAFKA_VERSION",
    "BrokerError",
    "BrokerInfo",
    "LocalBroker",
    "ensure_jars",
    "kafka_home",
    "main",
    "stop_process",
]

KAFKA_VERSION = "4.1.1"  # keep in step with <kafka.version> in broker/pom.xml
DEFAULT_SASL_USER = "geoevents"
DEFAULT_SASL_PASSWORD = "geoevents-secret"
SCRAM_MECHANISM = "SCRAM-SHA-256"
NODE_ID = 1
HOST = "127.0.0.1"

_BROKER_DIR = Path(__file__).resolve().parents[2] / "broker"  # <repo>/broker
_DEFAULT_POM = _BROKER_DIR / "pom.xml"
_LOG4J_CONFIG = _BROKER_DIR / "log4j2.yaml"
_KAFKA_JAR = f"kafka_2.13-{KAFKA_VERSION}.jar"
_COMPLETE_MARKER = ".complete"
_JVM_OPTS = (
    "-Xms256m",
    "-Xmx512m",
    # Two cores, small heap, short-lived broker: serial GC starts fastest.
    "-XX:+UseSerialGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
)
_STATE_FILE = "devbroker.json"
_INFO_FILE = "broker.json"
_OUT_FILE = "broker.out"
# Characters that would break the StorageTool's 'SCRAM-SHA-256=[name=..,password=..]' syntax.
_SCRAM_FORBIDDEN = re.compile(r'[\s,\[\]="\\]')


@dataclass(frozen=True)
class BrokerInfo:
    """How to reach a running local broker; also written to ``<data_dir>/broker.json``."""

    bootstrap: str  # "127.0.0.1:PORT", PLAINTEXT listener
    sasl_bootstrap: str  # "127.0.0.1:PORT", SASL_PLAINTEXT listener, SCRAM-SHA-256
    sasl_username: str
    sasl_password: str
    data_dir: Path
    pid: int
    startup_seconds: float

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["data_dir"] = str(self.data_dir)
        d["sasl_mechanism"] = SCRAM_MECHANISM
        return d

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> BrokerInfo:
        return cls(
            bootstrap=str(d["bootstrap"]),
            sasl_bootstrap=str(d["sasl_bootstrap"]),
            sasl_username=str(d["sasl_username"]),
            sasl_password=str(d["sasl_password"]),
            data_dir=Path(d["data_dir"]),
            pid=int(d["pid"]),
            startup_seconds=float(d["startup_seconds"]),
        )


class BrokerError(RuntimeError):
    """The local broker could not be resolved, formatted, started or reached.

    The message ends with the tail of the broker's own output (JVM stdout/stderr and
    its log file) so the cause is visible where the error is reported.
    """


# --------------------------------------------------------------------------- jars


def kafka_home() -> Path:
    """Cache directory for the broker jars: ``$GEOEVENTS_KAFKA_HOME`` or ``~/.cache/geoevents/kafka-<v>``."""
    env = os.environ.get("GEOEVENTS_KAFKA_HOME")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "geoevents" / f"kafka-{KAFKA_VERSION}"


def _jars_complete(libs: Path) -> bool:
    return (libs / _COMPLETE_MARKER).is_file() and (libs / _KAFKA_JAR).is_file()


def ensure_jars(pom: Path | None = None, progress: bool = True) -> Path:
    """Return the directory holding the broker's jars, resolving them with Maven if missing.

    The jars go to ``kafka_home()/libs``, written under a lock into a temporary
    directory and renamed into place, so concurrent callers never see half a copy.
    """
    libs = kafka_home() / "libs"
    if _jars_complete(libs):
        return libs
    pom = (pom or _DEFAULT_POM).resolve()
    if not pom.is_file():
        raise BrokerError(f"broker pom not found: {pom}")
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError("Maven ('mvn') is not on PATH; it is needed once to fetch the Kafka jars")
    libs.parent.mkdir(parents=True, exist_ok=True)
    with open(libs.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _jars_complete(libs):  # another process finished while we waited
            return libs
        tmp = Path(tempfile.mkdtemp(prefix="libs.", dir=libs.parent))
        try:
            if progress:
                print(
                    f"devbroker: resolving Kafka {KAFKA_VERSION} jars into {libs} (one-time) ...",
                    file=sys.stderr,
                    flush=True,
                )
            t0 = time.monotonic()
            cmd = [
                mvn,
                "-B",
                "-q",
                "-f",
                str(pom),
                "dependency:copy-dependencies",
                "-DincludeScope=runtime",
                f"-DoutputDirectory={tmp}",
            ]
            proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
            if proc.returncode != 0 or not (tmp / _KAFKA_JAR).is_file():
                tail = _tail_text(proc.stdout + proc.stderr, 40)
                raise BrokerError(f"'{' '.join(cmd)}' failed (exit {proc.returncode}):\n{tail}")
            (tmp / _COMPLETE_MARKER).write_text(f"kafka {KAFKA_VERSION}\n")
            if libs.exists():
                shutil.rmtree(libs)
            tmp.rename(libs)
            if progress:
                print(f"devbroker: jars ready ({time.monotonic() - t0:.1f}s)", file=sys.stderr, flush=True)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    return libs


def _cds_archive(java: str, libs: Path) -> Path | None:
    """Path of the AppCDS archive for this JDK + jar set (None if disabled by GEOEVENTS_KAFKA_CDS=0).

    The first broker run dumps its loaded classes there on exit; later runs map them
    and start about a second faster. The name changes with the JDK binary and the jar
    set, and a stale or unusable archive is ignored by the JVM (-Xshare:auto).
    """
    if os.environ.get("GEOEVENTS_KAFKA_CDS", "1") == "0":
        return None
    real = Path(java).resolve()
    st = real.stat()
    key = f"{real}:{st.st_mtime_ns}:{st.st_size}:" + ",".join(sorted(p.name for p in libs.glob("*.jar")))
    return libs / f"kafka-cds-{hashlib.sha256(key.encode()).hexdigest()[:16]}.jsa"


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise BrokerError("'java' (17 or newer) is not on PATH and JAVA_HOME is not set")
    return java


# ------------------------------------------------------------ Kafka wire protocol


class _ProbeError(Exception):
    """A Kafka request got a definite error answer (not just 'not up yet')."""


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("broker closed the connection")
        buf += chunk
    return bytes(buf)


def _kstr(s: str | None) -> bytes:
    if s is None:
        return struct.pack(">h", -1)
    b = s.encode()
    return struct.pack(">h", len(b)) + b


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> Any:
        (v,) = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += struct.calcsize(fmt)
        return v

    def string(self) -> str | None:
        n = self.take(">h")
        if n < 0:
            return None
        s = self.data[self.pos : self.pos + n].decode()
        self.pos += n
        return s

    def bytes_(self) -> bytes | None:
        n = self.take(">i")
        if n < 0:
            return None
        b = self.data[self.pos : self.pos + n]
        self.pos += n
        return b


class _KafkaConn:
    """Just enough of the Kafka protocol (non-flexible versions) for a readiness probe."""

    API_METADATA = 3
    API_SASL_HANDSHAKE = 17
    API_API_VERSIONS = 18
    API_SASL_AUTHENTICATE = 36

    def __init__(self, address: str, timeout: float) -> None:
        host, _, port = address.rpartition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.correlation = 0
        self.versions: dict[int, tuple[int, int]] = {}

    def close(self) -> None:
        self.sock.close()

    def request(self, api_key: int, version: int, body: bytes) -> _Reader:
        self.correlation += 1
        msg = struct.pack(">hhi", api_key, version, self.correlation) + _kstr("geoevents-devbroker") + body
        self.sock.sendall(struct.pack(">i", len(msg)) + msg)
        (size,) = struct.unpack(">i", _recv_exact(self.sock, 4))
        r = _Reader(_recv_exact(self.sock, size))
        if r.take(">i") != self.correlation:
            raise _ProbeError("correlation id mismatch")
        return r

    def api_versions(self) -> None:
        r = self.request(self.API_API_VERSIONS, 0, b"")
        err = r.take(">h")
        if err != 0:
            raise _ProbeError(f"ApiVersions error code {err}")
        for _ in range(r.take(">i")):
            key, lo, hi = r.take(">h"), r.take(">h"), r.take(">h")
            self.versions[key] = (lo, hi)

    def _pick(self, api_key: int, lo: int, hi: int) -> int:
        blo, bhi = self.versions.get(api_key, (0, -1))
        v = min(hi, bhi)
        if v < max(lo, blo):
            raise _ProbeError(f"no common version for API {api_key}: broker {blo}-{bhi}, probe {lo}-{hi}")
        return v

    def metadata_broker_ids(self) -> list[int]:
        """Metadata for no topics; returns the node ids of the live brokers."""
        v = self._pick(self.API_METADATA, 1, 8)  # v9+ are flexible (tagged fields)
        body = struct.pack(">i", 0)  # empty topic list
        if v >= 4:
            body += struct.pack(">?", False)  # allow_auto_topic_creation
        if v >= 8:
            body += struct.pack(">??", False, False)  # include cluster/topic authorized operations
        r = self.request(self.API_METADATA, v, body)
        if v >= 3:
            r.take(">i")  # throttle_time_ms
        ids = []
        for _ in range(r.take(">i")):
            ids.append(r.take(">i"))
            r.string()  # host
            r.take(">i")  # port
            r.string()  # rack
        return ids

    def scram_authenticate(self, username: str, password: str) -> None:
        """SASL SCRAM-SHA-256 (RFC 5802) over SaslHandshake v1 + SaslAuthenticate."""
        hv = self._pick(self.API_SASL_HANDSHAKE, 1, 1)
        r = self.request(self.API_SASL_HANDSHAKE, hv, _kstr(SCRAM_MECHANISM))
        err = r.take(">h")
        if err != 0:
            raise _ProbeError(f"SaslHandshake({SCRAM_MECHANISM}) error code {err}")
        av = self._pick(self.API_SASL_AUTHENTICATE, 0, 1)

        def authenticate(token: bytes) -> bytes:
            resp = self.request(self.API_SASL_AUTHENTICATE, av, struct.pack(">i", len(token)) + token)
            code, message = resp.take(">h"), resp.string()
            if code != 0:
                raise _ProbeError(f"SaslAuthenticate error code {code}: {message}")
            return resp.bytes_() or b""

        user = username.replace("=", "=3D").replace(",", "=2C")
        client_nonce = base64.b64encode(secrets.token_bytes(18)).decode()
        client_first_bare = f"n={user},r={client_nonce}"
        server_first = authenticate(f"n,,{client_first_bare}".encode()).decode()
        fields = dict(item.split("=", 1) for item in server_first.split(","))
        nonce, salt, iterations = fields["r"], base64.b64decode(fields["s"]), int(fields["i"])
        if not nonce.startswith(client_nonce):
            raise _ProbeError("SCRAM server nonce does not extend the client nonce")
        salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
        client_key = hmac.digest(salted, b"Client Key", "sha256")
        stored_key = hashlib.sha256(client_key).digest()
        without_proof = f"c={base64.b64encode(b'n,,').decode()},r={nonce}"
        auth_message = f"{client_first_bare},{server_first},{without_proof}".encode()
        signature = hmac.digest(stored_key, auth_message, "sha256")
        proof = bytes(a ^ b for a, b in zip(client_key, signature, strict=True))
        server_final = authenticate(f"{without_proof},p={base64.b64encode(proof).decode()}".encode()).decode()
        server_key = hmac.digest(salted, b"Server Key", "sha256")
        expected = base64.b64encode(hmac.digest(server_key, auth_message, "sha256")).decode()
        if server_final != f"v={expected}":
            raise _ProbeError(f"SCRAM server signature mismatch: {server_final!r}")


def _probe(address: str, timeout: float, credentials: tuple[str, str] | None = None) -> None:
    """One real request round on ``address``; raises OSError/_ProbeError if not served."""
    conn = _KafkaConn(address, timeout)
    try:
        conn.api_versions()
        if credentials is not None:
            conn.scram_authenticate(*credentials)
        if NODE_ID not in conn.metadata_broker_ids():
            raise _ProbeError("broker not yet listed in Metadata")
    finally:
        conn.close()


# ---------------------------------------------------------------------- helpers


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _new_cluster_id() -> str:
    """A Kafka Uuid in its base64url form, as ``kafka-storage random-uuid`` prints it."""
    while True:
        raw = uuid.uuid4().bytes
        text = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        if not text.startswith("-"):
            return text


def _tail_text(text: str, lines: int) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _tail_file(path: Path, lines: int, offset: int = 0) -> str:
    """Last ``lines`` lines written to ``path`` after ``offset``, without Java stack frames."""
    try:
        with open(path, "rb") as f:
            if offset > os.fstat(f.fileno()).st_size:  # rotated since: read it all
                offset = 0
            f.seek(offset)
            data = f.read()
    except OSError:
        return ""
    text = data[-500_000:].decode(errors="replace")
    kept = [ln for ln in text.splitlines() if not re.match(r"\s+(at |\.\.\. \d+ more)", ln)]
    return _tail_text("\n".join(kept), lines)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _pid_is_our_broker(pid: int, data_dir: Path) -> bool:
    """True if ``pid`` is a ``kafka.Kafka`` JVM started on ``data_dir``'s server.properties."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return _pid_alive(pid)  # no /proc: trust broker.json
    props = str((data_dir / "server.properties").resolve()).encode()
    return b"kafka.Kafka" in cmdline and props in cmdline


def _validate_scram_users(users: Mapping[str, str]) -> None:
    if not users:
        raise ValueError("sasl_users must name at least one user")
    for name, password in users.items():
        for what, value in (("user name", name), ("password", password)):
            if not value or _SCRAM_FORBIDDEN.search(value):
                raise ValueError(f'SCRAM {what} {value!r} must be non-empty without whitespace or ,[]="\\')


# ------------------------------------------------------------------ LocalBroker


_RUNNING: set[LocalBroker] = set()


def stop_process(proc: subprocess.Popen[Any], timeout: float, sig: int = signal.SIGTERM) -> None:
    """Ask a child process to stop (`sig`, a controlled shutdown), then SIGKILL it after `timeout` s."""
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@atexit.register
def _stop_all_at_exit() -> None:
    for broker in list(_RUNNING):
        with contextlib.suppress(Exception):
            broker.stop(timeout=10)


class LocalBroker:
    """A real single-node Kafka broker (KRaft, broker+controller) on 127.0.0.1.

    Use as a context manager (``with LocalBroker() as b: b.info.bootstrap``) or call
    :meth:`start` / :meth:`stop`. Without ``data_dir`` a temporary directory is used
    and removed on ``__exit__``. With a ``data_dir`` that already holds a formatted
    broker, its cluster id, ports and data are reused (SCRAM users are fixed at format
    time; ``sasl_users`` is then only used to report the credentials).
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        partitions: int = 1,
        sasl_users: dict[str, str] | None = None,
        auto_create_topics: bool = False,
        extra_config: Mapping[str, str] | None = None,
    ) -> None:
        if partitions < 1:
            raise ValueError("partitions must be >= 1")
        users = dict(sasl_users) if sasl_users else {DEFAULT_SASL_USER: DEFAULT_SASL_PASSWORD}
        _validate_scram_users(users)
        self._owns_dir = data_dir is None
        self.data_dir = (
            Path(tempfile.mkdtemp(prefix="geoevents-broker-")) if data_dir is None else Path(data_dir)
        ).resolve()
        self.partitions = partitions
        self.sasl_users = users
        self.auto_create_topics = auto_create_topics
        self.extra_config = dict(extra_config or {})
        self._proc: subprocess.Popen[bytes] | None = None
        self._out: IO[bytes] | None = None
        self._out_offset = 0
        self._log_offset = 0
        self._info: BrokerInfo | None = None
        self._cds_dump: tuple[Path, Path] | None = None  # (dumped at exit, final name)

    # -- paths
    @property
    def _props(self) -> Path:
        return self.data_dir / "server.properties"

    @property
    def _kraft_dir(self) -> Path:
        return self.data_dir / "kraft"

    @property
    def _logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def info(self) -> BrokerInfo:
        if self._info is None or not self.running:
            raise BrokerError("broker is not running")
        return self._info

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- context manager
    def __enter__(self) -> LocalBroker:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        if self._owns_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    # -- state kept across restarts
    def _load_state(self) -> dict[str, Any] | None:
        path = self.data_dir / _STATE_FILE
        if not (path.is_file() and (self._kraft_dir / "meta.properties").is_file()):
            return None
        state: dict[str, Any] = json.loads(path.read_text())
        return state

    def _new_state(self) -> dict[str, Any]:
        ports: set[int] = set()
        while len(ports) < 3:
            ports.add(_free_port())
        plain, sasl, controller = list(ports)
        return {
            "kafka_version": KAFKA_VERSION,
            "cluster_id": _new_cluster_id(),
            "ports": {"plaintext": plain, "sasl": sasl, "controller": controller},
            "sasl_users": sorted(self.sasl_users),
        }

    def _write_properties(self, state: Mapping[str, Any]) -> None:
        p = state["ports"]
        jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required;"
        config: dict[str, str] = {
            "process.roles": "broker,controller",
            "node.id": str(NODE_ID),
            "controller.quorum.bootstrap.servers": f"{HOST}:{p['controller']}",
            "listeners": (
                f"PLAINTEXT://{HOST}:{p['plaintext']},SASL_PLAINTEXT://{HOST}:{p['sasl']},"
                f"CONTROLLER://{HOST}:{p['controller']}"
            ),
            "advertised.listeners": (
                f"PLAINTEXT://{HOST}:{p['plaintext']},SASL_PLAINTEXT://{HOST}:{p['sasl']},"
                f"CONTROLLER://{HOST}:{p['controller']}"
            ),
            "listener.security.protocol.map": (
                "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT"
            ),
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "sasl.enabled.mechanisms": SCRAM_MECHANISM,
            f"listener.name.sasl_plaintext.{SCRAM_MECHANISM.lower()}.sasl.jaas.config": jaas,
            "log.dirs": str(self._kraft_dir),
            "num.partitions": str(self.partitions),
            "default.replication.factor": "1",
            "min.insync.replicas": "1",
            "auto.create.topics.enable": str(self.auto_create_topics).lower(),
            "delete.topic.enable": "true",
            # Single node: every internal topic has one replica; few partitions keep
            # first consumer-group / transaction use fast.
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "share.coordinator.state.topic.num.partitions": "1",
            "group.initial.rebalance.delay.ms": "0",
            # After a kill -9 the controller keeps the dead incarnation's registration until
            # its session expires (default 9 s) before the restarted broker may register.
            "broker.heartbeat.interval.ms": "500",
            "broker.session.timeout.ms": "3000",
            # Two cores: fewer threads than the defaults.
            "num.network.threads": "2",
            "num.io.threads": "4",
            "num.recovery.threads.per.data.dir": "1",
            "background.threads": "4",
            "log.cleaner.threads": "1",
            "log.cleaner.dedupe.buffer.size": str(8 * 1024 * 1024),
            "log.segment.bytes": str(64 * 1024 * 1024),
        }
        config.update(self.extra_config)
        lines = ["# Generated by geoevents.devbroker; rewritten on every start.\n"]
        lines += [f"{k}={v}\n" for k, v in config.items()]
        self._props.write_text("".join(lines))

    def _format(self, state: Mapping[str, Any], libs: Path) -> None:
        cmd = [
            _java(),
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            *self._log4j_opts(),
            "-cp",
            f"{libs}/*",
            "kafka.tools.StorageTool",
            "format",
            "-t",
            str(state["cluster_id"]),
            "-c",
            str(self._props),
            "--standalone",
        ]
        for name, password in self.sasl_users.items():
            cmd += ["--add-scram", f"{SCRAM_MECHANISM}=[name={name},password={password}]"]
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if proc.returncode != 0:
            shown = " ".join(c if "password=" not in c else "<scram user>" for c in cmd)
            raise BrokerError(
                f"formatting broker storage failed (exit {proc.returncode}): {shown}\n"
                f"--- StorageTool output ---\n{_tail_text(proc.stdout + proc.stderr, 40)}"
            )

    def _log4j_opts(self) -> list[str]:
        opts = [f"-Dkafka.logs.dir={self._logs_dir}"]
        if _LOG4J_CONFIG.is_file():
            opts.append(f"-Dlog4j2.configurationFile={_LOG4J_CONFIG}")
        return opts

    def _cds_opts(self, java: str, libs: Path) -> list[str]:
        archive = _cds_archive(java, libs)
        self._cds_dump = None
        if archive is None:
            return []
        quiet = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
        if archive.is_file():
            return [f"-XX:SharedArchiveFile={archive}", *quiet]
        # Dumped at JVM exit into a private file, renamed into place by _cleanup_process().
        self._cds_dump = (archive.with_name(f"{archive.name}.{os.getpid()}.{id(self)}.tmp"), archive)
        return [f"-XX:ArchiveClassesAtExit={self._cds_dump[0]}", *quiet]

    def _output_tail(self, lines: int = 30) -> str:
        """The broker's own output since the last launch: JVM console (WARN+, crashes) and server.log."""
        parts = []
        out_path, log_path = self.data_dir / _OUT_FILE, self._logs_dir / "server.log"
        out = _tail_file(out_path, lines, self._out_offset)
        if out:
            parts.append(f"--- {out_path} (tail, stack frames omitted) ---\n{out}")
        log = _tail_file(log_path, lines // 2, self._log_offset)
        if log:
            parts.append(f"--- {log_path} (tail, stack frames omitted) ---\n{log}")
        return "\n".join(parts) if parts else "(the broker wrote no output)"

    # -- lifecycle
    def start(self, timeout: float = 60) -> BrokerInfo:
        """Start the broker (formatting its storage on first use) and wait until it serves."""
        if self.running:
            return self.info
        libs = ensure_jars()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._logs_dir.mkdir(exist_ok=True)
        for attempt in range(3):
            state = self._load_state()
            fresh = state is None
            if state is None:
                shutil.rmtree(self._kraft_dir, ignore_errors=True)
                state = self._new_state()
                self._write_properties(state)
                self._format(state, libs)
                (self.data_dir / _STATE_FILE).write_text(json.dumps(state, indent=2) + "\n")
            try:
                return self._launch(state, libs, timeout)
            except BrokerError as e:
                # A free port picked at first start may be taken before Java binds it;
                # nothing is stored yet, so pick new ports and format again.
                if fresh and attempt < 2 and "Address already in use" in str(e):
                    (self.data_dir / _STATE_FILE).unlink(missing_ok=True)
                    continue
                raise
        raise AssertionError("unreachable")

    def _launch(self, state: Mapping[str, Any], libs: Path, timeout: float) -> BrokerInfo:
        self._write_properties(state)
        user, password = next(iter(self.sasl_users.items()))
        ports = state["ports"]
        bootstrap, sasl_bootstrap = f"{HOST}:{ports['plaintext']}", f"{HOST}:{ports['sasl']}"
        java = _java()
        cmd = [
            java,
            *_JVM_OPTS,
            *self._cds_opts(java, libs),
            *self._log4j_opts(),
            "-cp",
            f"{libs}/*",
            "kafka.Kafka",
            str(self._props),
        ]
        out_path = self.data_dir / _OUT_FILE
        self._out = open(out_path, "ab")  # noqa: SIM115 - kept open for the broker's lifetime
        self._out.write(f"=== devbroker start {time.strftime('%Y-%m-%d %H:%M:%S')} ===\n".encode())
        self._out.flush()
        self._out_offset = self._out.tell()
        self._log_offset = _file_size(self._logs_dir / "server.log")
        t0 = time.monotonic()
        self._proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            cwd=self.data_dir,
            start_new_session=True,
        )
        _RUNNING.add(self)
        deadline = t0 + timeout
        plain_ok = sasl_ok = False
        last_error = ""
        while True:
            code = self._proc.poll()
            if code is not None:
                self._cleanup_process()
                raise BrokerError(f"Kafka broker exited with code {code} during startup\n{self._output_tail()}")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.stop(timeout=5)
                raise BrokerError(
                    f"Kafka broker did not serve {bootstrap} and {sasl_bootstrap} within {timeout:.1f}s "
                    f"(last probe: {last_error or 'n/a'})\n{self._output_tail()}"
                )
            try:
                if not plain_ok:
                    _probe(bootstrap, min(2.0, remaining))
                    plain_ok = True
                if not sasl_ok:
                    _probe(sasl_bootstrap, min(2.0, remaining), (user, password))
                    sasl_ok = True
                break
            except (OSError, _ProbeError, struct.error, KeyError, ValueError) as e:
                last_error = f"{type(e).__name__}: {e}"
                time.sleep(0.1)
        self._info = BrokerInfo(
            bootstrap=bootstrap,
            sasl_bootstrap=sasl_bootstrap,
            sasl_username=user,
            sasl_password=password,
            data_dir=self.data_dir,
            pid=self._proc.pid,
            startup_seconds=round(time.monotonic() - t0, 3),
        )
        (self.data_dir / _INFO_FILE).write_text(json.dumps(self._info.to_json(), indent=2) + "\n")
        return self._info

    def _cleanup_process(self) -> None:
        _RUNNING.discard(self)
        exited_cleanly = self._proc is not None and self._proc.returncode in (0, 143)
        self._proc = None
        if self._cds_dump is not None:
            tmp, final = self._cds_dump
            self._cds_dump = None
            if exited_cleanly and tmp.is_file() and tmp.stat().st_size > 0:
                tmp.replace(final)
            else:
                tmp.unlink(missing_ok=True)
        if self._out is not None:
            self._out.close()
            self._out = None
        (self.data_dir / _INFO_FILE).unlink(missing_ok=True)

    def stop(self, timeout: float = 30) -> None:
        """Stop the broker: SIGTERM (controlled shutdown), then SIGKILL after ``timeout`` seconds."""
        if self._proc is None:
            return
        stop_process(self._proc, timeout)
        self._cleanup_process()

    def kill(self) -> None:
        """SIGKILL the broker without a controlled shutdown (crash simulation)."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._cleanup_process()

    def restart(self, timeout: float = 60) -> BrokerInfo:
        """Stop, then start again on the same data directory and the same ports."""
        self.stop()
        return self.start(timeout)

    def wait(self) -> int:
        """Block until the broker process exits; returns its exit code."""
        if self._proc is None:
            raise BrokerError("broker is not running")
        code = self._proc.wait()
        return code


# ------------------------------------------------------------------------- CLI


def _read_info(data_dir: Path) -> BrokerInfo | None:
    path = data_dir / _INFO_FILE
    try:
        return BrokerInfo.from_json(json.loads(path.read_text()))
    except (OSError, ValueError, KeyError):
        return None


@contextlib.contextmanager
def _signals_raise_keyboard_interrupt() -> Iterator[None]:
    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _cmd_start(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir.resolve()
    info = _read_info(data_dir)
    if info is not None and _pid_alive(info.pid) and _pid_is_our_broker(info.pid, data_dir):
        print(f"devbroker: already running (pid {info.pid}) at {info.bootstrap}", file=sys.stderr)
        return 1
    broker = LocalBroker(data_dir, partitions=args.partitions, auto_create_topics=args.auto_create_topics)
    with _signals_raise_keyboard_interrupt():
        try:
            info = broker.start(timeout=args.timeout)
            print(f"Kafka {KAFKA_VERSION} broker up in {info.startup_seconds:.1f}s (pid {info.pid})")
            print(f"  bootstrap (PLAINTEXT):      {info.bootstrap}")
            print(
                f"  sasl bootstrap (SCRAM-256): {info.sasl_bootstrap}  "
                f"user={info.sasl_username} password={info.sasl_password}"
            )
            print(f"  data dir: {data_dir}   (info in {data_dir / _INFO_FILE})")
            print("Ctrl-C or 'stop' to shut down.", flush=True)
            code = broker.wait()
            broker.stop()
            print(f"devbroker: broker exited with code {code}", file=sys.stderr)
            return 0 if code in (0, 143) else 1
        except KeyboardInterrupt:
            print("\ndevbroker: stopping ...", file=sys.stderr, flush=True)
            broker.stop()
            return 0
        except BrokerError as e:
            print(f"devbroker: {e}", file=sys.stderr)
            return 1


def _cmd_stop(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir.resolve()
    info = _read_info(data_dir)
    if info is None or not _pid_alive(info.pid):
        print("devbroker: not running")
        (data_dir / _INFO_FILE).unlink(missing_ok=True)
        return 0
    if not _pid_is_our_broker(info.pid, data_dir):
        print(f"devbroker: pid {info.pid} is not this data dir's broker; removing stale {_INFO_FILE}")
        (data_dir / _INFO_FILE).unlink(missing_ok=True)
        return 0
    os.kill(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + args.timeout
    while _pid_alive(info.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _pid_alive(info.pid):
        os.kill(info.pid, signal.SIGKILL)
    print(f"devbroker: stopped (pid {info.pid})")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir.resolve()
    info = _read_info(data_dir)
    if info is None or not _pid_alive(info.pid) or not _pid_is_our_broker(info.pid, data_dir):
        print(f"devbroker: not running ({data_dir})")
        return 1
    try:
        _probe(info.bootstrap, 2.0)
    except (OSError, _ProbeError, struct.error) as e:
        print(f"devbroker: pid {info.pid} alive but {info.bootstrap} does not answer: {e}")
        return 1
    print(json.dumps(info.to_json(), indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geoevents.devbroker",
        description="Run the local single-node Kafka broker (KRaft) used by geoevents' dev mode and tests.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (
        ("start", "start the broker in the foreground until Ctrl-C/SIGTERM"),
        ("stop", "stop the broker started on --data-dir"),
        ("status", "show the running broker's addresses (exit 1 if not running)"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--data-dir", type=Path, default=Path(".dev/broker"), help="default: .dev/broker")
        p.add_argument("--timeout", type=float, default=60 if name == "start" else 30)
        if name == "start":
            p.add_argument("--partitions", type=int, default=1, help="default partitions of new topics")
            p.add_argument(
                "--auto-create-topics",
                action="store_true",
                help="let clients create topics implicitly (off by default)",
            )
    args = parser.parse_args(argv)
    handlers = {"start": _cmd_start, "stop": _cmd_stop, "status": _cmd_status}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
