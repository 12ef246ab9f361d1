# pktbench: one Makefile.  `make help` lists the targets.
CC       ?= gcc
MUSLCC   ?= musl-gcc
CSTD      = -std=c11 -D_GNU_SOURCE
WARN      = -Wall -Wextra -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
            -Wshadow -Wpointer-arith -Wvla
WERROR   ?= -Werror
OPT      ?= -O2 -g
CFLAGS_ALL = $(CSTD) $(WARN) $(WERROR) $(OPT) -Isrc $(CFLAGS)
LDLIBS    = -lpthread

B        ?= build
CORE_SRC  = $(wildcard src/core/*.c)
BE_SRC    = $(wildcard src/be/*.c)
LIB_SRC   = $(CORE_SRC) $(BE_SRC)
UNIT_SRC  = $(wildcard tests/unit/t_*.c)
FUZZ_SRC  = $(wildcard tests/fuzz/fuzz_*.c)

.PHONY: all static check netcheck test asan clang clean help deps fuzz fuzz-build \
	check-arm64 actionlint

all: $(B)/gcc/pktsend $(B)/gcc/pktrecv

# --- build once per flavour ---------------------------------------------
# Every source is compiled once per flavour into $(B)/FLAVOUR/obj/, with
# its header dependencies (-MMD -MP); the programs, the unit tests and the
# fuzz targets link those objects.  src/pktsend.c and src/pktrecv.c are
# compiled a second time with -DPKT_NO_MAIN (*.nomain.o): the unit tests
# and fuzz targets link their option tables without their main.
#   flavour  directory          compiler    used by
#   gcc      $(B)/gcc           $(CC)       make all
#   clang    $(B)/clang         clang       make clang
#   static   $(SDIR)            $(MUSLCC)   make static (ARCH=arm64 too)
#   asan     $(B)/asan          $(CC)       make asan, make check
#   fuzz     $(B)/fuzz          clang       make fuzz-build
#   arm64    $(B)/arm64         $(A64CC)    make check-arm64
PROG_SRC  = src/pktsend.c src/pktrecv.c
NOMAIN    = $(PROG_SRC:%.c=%.nomain.o)
DEPFLAGS  = -MMD -MP
# What a link step reads: its sources and objects, not the headers the
# dependency files add to a unit test's or fuzz target's prerequisites.
LINK_IN   = $(filter %.c %.o,$^)

# $(call flavour,NAME,DIR,COMPILER,CFLAGS): NAME_OBJ (the library
# objects), NAME_NOMAIN (the option tables), and the rules that make them.
define flavour
$(1)_OBJ    = $$(LIB_SRC:%.c=$(2)/obj/%.o)
$(1)_NOMAIN = $$(NOMAIN:%=$(2)/obj/%)
$(2)/obj/%.nomain.o: %.c
	@mkdir -p $$(@D)
	$(3) $(4) $$(DEPFLAGS) -DPKT_NO_MAIN -c -o $$@ $$<
$(2)/obj/%.o: %.c
	@mkdir -p $$(@D)
	$(3) $(4) $$(DEPFLAGS) -c -o $$@ $$<
DEPS += $$(wildcard $(2)/obj/src/*.d $(2)/obj/src/*/*.d)
endef

# --- native build (gcc) --------------------------------------------------
$(eval $(call flavour,GCC,$(B)/gcc,$(CC),$(CFLAGS_ALL)))
$(B)/gcc/pktsend $(B)/gcc/pktrecv: $(B)/gcc/%: $(B)/gcc/obj/src/%.o $(GCC_OBJ)
	$(CC) $(OPT) $(CFLAGS) $(LDFLAGS) -o $@ $(LINK_IN) $(LDLIBS)

# --- clang, warnings only (CI builds it to stay clean) -------------------
clang: $(B)/clang/pktsend $(B)/clang/pktrecv
$(eval $(call flavour,CLANG,$(B)/clang,clang,$(CFLAGS_ALL)))
$(B)/clang/pktsend $(B)/clang/pktrecv: $(B)/clang/%: $(B)/clang/obj/src/%.o $(CLANG_OBJ)
	clang $(OPT) $(CFLAGS) $(LDFLAGS) -o $@ $(LINK_IN) $(LDLIBS)

# --- static musl build ---------------------------------------------------
# Debian's musl-gcc does not search the kernel headers; the few uapi headers
# we use are vendored in include/uapi (see include/uapi/README).
# ARCH=arm64 cross-builds into $(B)/static-arm64 with aarch64-linux-musl-gcc
# (Debian: gcc-aarch64-linux-gnu and musl-dev:arm64, scripts/deps.sh).
HOST_ARCH := $(if $(filter aarch64 arm64,$(shell uname -m)),arm64,amd64)
ARCH     ?= $(HOST_ARCH)
ifeq ($(ARCH),$(HOST_ARCH))
SDIR      = $(B)/static
else
SDIR      = $(B)/static-$(ARCH)
MUSLCC   := $(if $(filter arm64,$(ARCH)),aarch64,x86_64)-linux-musl-gcc
endif
# arm64: its 64 KiB segment alignment would pad the file by ~35 KB around
# RELRO, which guards next to nothing in a static binary
ARCH_LDFLAGS = $(if $(filter arm64,$(ARCH)),-Wl$(comma)-z$(comma)norelro)
comma    := ,
# No unwind tables: nothing in a stripped static C program reads them (no
# C++ exceptions, no backtraces), and they were 10 KB of each binary.
STATIC_CFLAGS  = $(CSTD) $(WARN) $(WERROR) -Os -Isrc -isystem include/uapi \
                 -ffunction-sections -fdata-sections \
                 -fno-asynchronous-unwind-tables -fno-unwind-tables
STATIC_LDFLAGS = -static -s -Wl,--gc-sections $(ARCH_LDFLAGS)
static: $(SDIR)/pktsend $(SDIR)/pktrecv
	@size=$$(stat -c %s $(SDIR)/pktsend); echo "pktsend ($(ARCH)): $$size bytes"; \
	 test $$size -lt 204800 || { echo "pktsend over 200 KB"; exit 1; }
	@size=$$(stat -c %s $(SDIR)/pktrecv); echo "pktrecv ($(ARCH)): $$size bytes"; \
	 test $$size -lt 204800 || { echo "pktrecv over 200 KB"; exit 1; }
$(eval $(call flavour,STATIC,$(SDIR),$(MUSLCC),$(STATIC_CFLAGS)))
$(SDIR)/pktsend $(SDIR)/pktrecv: $(SDIR)/%: $(SDIR)/obj/src/%.o $(STATIC_OBJ)
	$(MUSLCC) $(STATIC_LDFLAGS) -o $@ $(LINK_IN) $(LDLIBS)

# arm64 unit tests: cross-built static (no sanitizers there), run under
# qemu-user; skipped, saying why, where the toolchain or qemu is missing.
QEMU_ARM64 ?= qemu-aarch64-static
A64CC      ?= aarch64-linux-musl-gcc
A64_CFLAGS  = $(CSTD) $(WARN) $(WERROR) -O1 -g -Isrc -isystem include/uapi
check-arm64:
	@if ! command -v $(A64CC) >/dev/null 2>&1 || \
	    ! command -v $(QEMU_ARM64) >/dev/null 2>&1; then \
		echo "check-arm64: SKIP: needs $(A64CC) and $(QEMU_ARM64) (scripts/deps.sh)"; \
	 else \
		$(MAKE) -s $(UNIT_SRC:tests/unit/%.c=$(B)/arm64/unit/%) && \
		prove --exec $(QEMU_ARM64) $(UNIT_SRC:tests/unit/%.c=$(B)/arm64/unit/%); \
	 fi
$(eval $(call flavour,A64,$(B)/arm64,$(A64CC),$(A64_CFLAGS)))
$(UNIT_SRC:tests/unit/%.c=$(B)/arm64/unit/%): $(B)/arm64/unit/%: tests/unit/%.c $(A64_NOMAIN) $(A64_OBJ)
	@mkdir -p $(@D)
	$(A64CC) $(A64_CFLAGS) $(DEPFLAGS) -static -o $@ $(LINK_IN) $(LDLIBS) -lm

# .github/workflows through actionlint (scripts/deps.sh installs it with
# go install); skipped, saying why, where it is not installed.
ACTIONLINT ?= $(or $(shell command -v actionlint 2>/dev/null),$(wildcard $(shell go env GOPATH 2>/dev/null)/bin/actionlint))
actionlint:
	@if [ -z "$(ACTIONLINT)" ]; then \
		echo "actionlint: SKIP: not installed (scripts/deps.sh: go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12)"; \
	 else \
		$(ACTIONLINT) .github/workflows/*.yml && echo "actionlint: .github/workflows ok"; \
	 fi

# --- ASan + UBSan builds of the binaries and the unit tests --------------
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ASAN_CFLAGS = $(CSTD) $(WARN) $(WERROR) -O1 -g $(SAN) -Isrc
asan: $(B)/asan/pktsend $(B)/asan/pktrecv $(UNIT_SRC:tests/unit/%.c=$(B)/asan/unit/%)
$(eval $(call flavour,ASAN,$(B)/asan,$(CC),$(ASAN_CFLAGS)))
$(B)/asan/pktsend $(B)/asan/pktrecv: $(B)/asan/%: $(B)/asan/obj/src/%.o $(ASAN_OBJ)
	$(CC) $(SAN) -o $@ $(LINK_IN) $(LDLIBS)
# Unit tests link the programs' option tables too (PKT_NO_MAIN drops main).
$(UNIT_SRC:tests/unit/%.c=$(B)/asan/unit/%): $(B)/asan/unit/%: tests/unit/%.c $(ASAN_NOMAIN) $(ASAN_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) -o $@ $(LINK_IN) $(LDLIBS) -lm

# --- libFuzzer targets (tests/fuzz, docs/security.md) ---------------------
# clang's fuzzer runtime comes with Debian's libclang-rt-dev (make deps).
# `make fuzz` runs each target FUZZ_SECONDS from tests/fuzz/corpus/<t>;
# FUZZ_TARGETS picks some, FUZZ_CFLAGS adds defines to the targets'
# own files (tests/fuzz/fuzz_seq.c).  The objects they link carry the
# coverage instrumentation (fuzzer-no-link); the target links the runtime.
FUZZ_TARGETS ?= frame payload seq cfg units ctl drops esc http
FUZZ_SECONDS ?= 60
FUZZ_SAN = address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ_CFLAGS = $(CSTD) $(WARN) $(WERROR) -O1 -g \
                  -fsanitize=fuzzer-no-link,$(FUZZ_SAN) -Isrc
fuzz-build: $(FUZZ_TARGETS:%=$(B)/fuzz/fuzz_%)
$(eval $(call flavour,FUZZ,$(B)/fuzz,clang,$(FUZZ_OBJ_CFLAGS)))
$(FUZZ_SRC:tests/fuzz/%.c=$(B)/fuzz/%): $(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_NOMAIN) $(FUZZ_OBJ)
	clang $(CSTD) $(WARN) $(WERROR) -O1 -g -fsanitize=fuzzer,$(FUZZ_SAN) \
		$(FUZZ_CFLAGS) -Isrc $(DEPFLAGS) -o $@ $(LINK_IN) $(LDLIBS)
fuzz: fuzz-build
	tests/fuzz/run.sh $(FUZZ_SECONDS) $(B) $(FUZZ_TARGETS)

# header dependencies of every object, unit test and fuzz target built
DEPS += $(wildcard $(B)/asan/unit/*.d $(B)/arm64/unit/*.d $(B)/fuzz/*.d)
-include $(DEPS)

# --- tests ---------------------------------------------------------------
# Unit tests (TAP, no root) run under ASan+UBSan.
check: asan
	prove -v $(UNIT_SRC:tests/unit/%.c=$(B)/asan/unit/%)

# Namespace tests: root, run the real binaries (the ASan build).  Every
# tier runs through tests/run.sh: TAP, a timeout per test, and the last
# line "P passed, F failed, S skipped".
netcheck: all asan
	PKTBENCH_BIN=$(B)/asan tests/run.sh net

# Everything: unit tests, each fuzz target for 10 s, then one run of the
# namespace, sweep, docker, uml and lab tiers ending in "N passed, N failed, N
# skipped".  The images are rebuilt first where a Docker engine answers,
# so no tier tests stale binaries.
TIERS = net sweep docker uml
test: check all asan static check-arm64 actionlint
	$(MAKE) -s fuzz FUZZ_SECONDS=10
	@if docker info >/dev/null 2>&1; then $(MAKE) -s images; fi
	PKTBENCH_BIN=$(B)/asan tests/run.sh $(TIERS)

# The docs' results against the committed data (no root, no network;
# docs/doc-markers.md): the value queries on fixed data, then every
# generated table and checked value of README.md, docs/ and bench/results/,
# and faults injected into a copy.  make test runs the same two tests.
.PHONY: doccheck
doccheck:
	tests/sweep/test_docquery.sh
	tests/sweep/test_doc.sh

# Debian/Ubuntu packages for building, testing and the bench (root).
deps:
	scripts/deps.sh

clean:
	rm -rf $(B)

help:
	@echo "make            gcc build in $(B)/gcc"
	@echo "make static     static musl build in $(B)/static (stripped, < 200 KB)"
	@echo "make static ARCH=arm64   the same, cross-built, in $(B)/static-arm64"
	@echo "make check-arm64         unit tests cross-built for arm64, under qemu-user"
	@echo "make actionlint          lint .github/workflows"
	@echo "make clang      clang build (warnings as errors)"
	@echo "make asan       ASan+UBSan builds of binaries and unit tests"
	@echo "make check      unit tests (TAP, no root)"
	@echo "make netcheck   namespace tests (root)"
	@echo "make doccheck   the docs' tables and values against the committed data"
	@echo "make umlcheck   trunk and OVS kernel datapath in a user-mode-linux guest"
	@echo "make umldocker  compose on trunk.yml, ovs.yml (kernel datapath), macvlan.yml in that guest"
	@echo "make labcheck   several Docker engines as hosts: registry, swarm, faults (docs/lab.md)"
	@echo "make fuzz       libFuzzer targets, FUZZ_SECONDS (60) each"
	@echo "make test       everything (fuzz targets 10 s each)"
	@echo "make deps       install build/test packages (apt-get, root)"
	@echo "make push REGISTRY=host:port [ARCH=amd64,arm64] [INSECURE=1]  publish the images"

# --- container images and the docker test tier (docs/docker.md) ----------
# Both images are FROM scratch: the static binary, Debian's static busybox
# and the entrypoint scripts; nothing is pulled.  IMAGE_REGISTRY (e.g.
# ghcr.io/you/) prefixes the names for a push; IMAGE_MAX_BYTES is the cap.
# The Dockerfiles only COPY what scripts/image-rootfs.sh prepares in
# $(B)/image/ARCH, so ARCH=arm64 builds on amd64 with no emulation: its
# busybox is Debian's busybox-static:arm64 (apt-get download), its applet
# links those of the host's busybox-static of the same version.  An image
# for another ARCH than the host's is tagged latest-ARCH and VERSION-ARCH,
# so it never replaces the native images the docker tests run.
# --no-cache: the classic builder (Docker 20.10) could take a cached step
# of the other platform; the image the tag leaves is removed where nothing
# else uses it.
.PHONY: images dockercheck
BUSYBOX         ?= /bin/busybox
IMAGE_REGISTRY  ?=
IMAGE_SUFFIX     = $(if $(filter $(HOST_ARCH),$(ARCH)),,-$(ARCH))
IMAGE_TAG       ?= latest$(IMAGE_SUFFIX)
IMAGE_MAX_BYTES ?= 2621440
IMAGE_SOURCE    ?= $(or $(shell git config --get remote.origin.url 2>/dev/null),$(if $(GITHUB_REPOSITORY),https://github.com/$(GITHUB_REPOSITORY)),unknown)
IMAGE_REVISION  ?= $(or $(shell git rev-parse HEAD 2>/dev/null),unknown)$(if $(shell git status --porcelain --untracked-files=no 2>/dev/null),-dirty)
IMAGE_VERSION    = $(shell sed -n 's/^\#define PKT_VERSION_STR "\(.*\)"$$/\1/p' src/core/cfg.h)
IMAGE_BUSYBOX    = $(if $(IMAGE_SUFFIX),$(B)/busybox-$(ARCH)/busybox,$(BUSYBOX))
images: static $(if $(IMAGE_SUFFIX),$(IMAGE_BUSYBOX))
	@test -x $(BUSYBOX) && $(BUSYBOX) --list | grep -qx nsenter || \
	 { echo "images: $(BUSYBOX) is not Debian's busybox-static (apt-get install busybox-static)"; exit 1; }
	@test "$(B)" = build || { echo "images: .dockerignore expects B=build"; exit 1; }
	@scripts/image-rootfs.sh $(IMAGE_BUSYBOX) $(BUSYBOX) $(SDIR) $(B)/image/$(ARCH)
	@v=$(IMAGE_VERSION); test -n "$$v" || { echo "images: no PKT_VERSION_STR in src/core/cfg.h"; exit 1; }; \
	 for role in sender receiver; do \
		name=$(IMAGE_REGISTRY)pktbench/$$role; \
		old=$$(docker image inspect -f '{{.Id}}' $$name:$(IMAGE_TAG) 2>/dev/null); \
		docker build -q --no-cache -f Dockerfile.$$role --platform linux/$(ARCH) \
			--build-arg ARCH=$(ARCH) --build-arg VERSION=$$v \
			--build-arg REVISION=$(IMAGE_REVISION) \
			--build-arg SOURCE=$(IMAGE_SOURCE) \
			-t $$name:$(IMAGE_TAG) -t $$name:$$v$(IMAGE_SUFFIX) . >/dev/null || exit 1; \
		test -z "$$old" || docker rmi $$old >/dev/null 2>&1 || :; \
		arch=$$(docker image inspect -f '{{.Architecture}}' $$name:$(IMAGE_TAG)); \
		test "$$arch" = $(ARCH) || \
			{ echo "images: $$name:$(IMAGE_TAG) is $$arch, not $(ARCH)"; exit 1; }; \
		size=$$(docker image inspect -f '{{.Size}}' $$name:$(IMAGE_TAG)); \
		echo "$$name:$(IMAGE_TAG) ($$v): $$size bytes"; \
		test $$size -le $(IMAGE_MAX_BYTES) || \
			{ echo "images: $$name over $(IMAGE_MAX_BYTES) bytes"; exit 1; }; \
	 done

# Publishing: both images and one multi-arch OCI index each, tagged VERSION
# and latest, with skopeo from this engine's images (no push by the engine,
# so no daemon restart for a plain-HTTP registry).  The release workflow
# calls the same target against ghcr.io.  ARCH=amd64,arm64 needs the
# images of both (make images; make images ARCH=arm64); INSECURE=1 for a
# registry without TLS (the lab's: pktbench lab status).
.PHONY: push
REGISTRY ?=
INSECURE ?= 0
push:
	@test -n "$(REGISTRY)" || \
	 { echo "push: REGISTRY=host[:port][/path], e.g. 10.231.80.2:5000 (pktbench lab status) or ghcr.io/owner"; exit 2; }
	@VERSION=$(IMAGE_VERSION) REVISION=$(IMAGE_REVISION) HOST_ARCH=$(HOST_ARCH) \
	 INSECURE=$(INSECURE) scripts/push.sh $(REGISTRY) $(ARCH)

# Debian's busybox-static for another ARCH (dpkg --add-architecture ARCH),
# of the host's busybox-static version (the binNMU +bN aside): the applet
# links come from the host's, which runs here.
$(B)/busybox-%/busybox: $(BUSYBOX)
	@rm -rf $(@D) && mkdir -p $(@D)
	@cd $(@D) && apt-get download -q busybox-static:$* >/dev/null 2>&1 || \
	 { echo "images: cannot get busybox-static:$* (dpkg --add-architecture $*; apt-get update)"; exit 1; }
	@deb=$$(echo $(@D)/busybox-static_*_$*.deb); \
	 got=$$(dpkg-deb -f $$deb Version | sed 's/+b[0-9]*$$//'); \
	 host=$$(dpkg-query -W -f '$${Version}' busybox-static 2>/dev/null | sed 's/+b[0-9]*$$//'); \
	 test "$$got" = "$$host" || \
	 { echo "images: busybox-static:$* is $$got, the host's busybox-static $${host:-not installed}: the applet lists may differ (apt-get install busybox-static)"; exit 1; }; \
	 dpkg-deb -x $$deb $(@D)/x && \
	 for f in $(@D)/x/bin/busybox $(@D)/x/usr/bin/busybox; do \
		test -f $$f && cp $$f $@ && rm -rf $(@D)/x && exit 0; \
	 done; \
	 echo "images: no busybox in $$deb"; exit 1

# Docker tier: root and a Docker engine; skips (exit 4 per test) without one.
dockercheck: static
	@if docker info >/dev/null 2>&1; then $(MAKE) -s images; fi
	tests/run.sh docker

# --- user-mode-linux tier (tests/uml, docs/networks.md) --------------------
# The 802.1q trunk and the OVS kernel datapath, run for real in a UML guest
# (Debian's user-mode-linux: 8021q.ko, openvswitch.ko) on the static
# binaries.  `make test` runs it too; it skips where linux.uml is missing.
.PHONY: umlcheck
umlcheck: static
	tests/run.sh uml

# Docker itself in the UML guest (tests/uml/docker.sh): compose runs
# trunk.yml, ovs.yml on the OVS kernel datapath and macvlan.yml with
# networks/slow-host.yml, in docker-compose v1 and in the v2 plugin where
# installed; 4 to 9 minutes on the 2-vCPU development VM.  `make test` runs
# it too; it skips where linux.uml, dockerd or the images are missing.
.PHONY: umldocker
TIERS += tests/uml/docker.sh
umldocker: static
	@if docker info >/dev/null 2>&1; then $(MAKE) -s images; fi
	tests/run.sh tests/uml/docker.sh

# --- lab tier (tests/lab, docs/lab.md) -------------------------------------
# Three Docker engines on this machine as hosts: registry, push, pull,
# swarm, runs across nodes, faults, and nothing left afterwards.  Skips,
# saying why, without an engine, skopeo or docker-registry (make deps).
.PHONY: labcheck
TIERS += lab
labcheck: static
	@if docker info >/dev/null 2>&1; then $(MAKE) -s images; fi
	tests/run.sh lab
