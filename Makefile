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
HDRS      = $(wildcard src/core/*.h src/be/*.h)
UNIT_SRC  = $(wildcard tests/unit/t_*.c)

.PHONY: all static check netcheck test asan clang clean help deps

all: $(B)/gcc/pktsend $(B)/gcc/pktrecv

# --- native build (gcc) --------------------------------------------------
$(B)/gcc/%: src/%.c $(LIB_SRC) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -o $@ $< $(LIB_SRC) $(LDLIBS)

# --- clang, warnings only (CI builds it to stay clean) -------------------
clang: $(B)/clang/pktsend $(B)/clang/pktrecv
$(B)/clang/%: src/%.c $(LIB_SRC) $(HDRS)
	@mkdir -p $(@D)
	clang $(CFLAGS_ALL) -o $@ $< $(LIB_SRC) $(LDLIBS)

# --- static musl build ---------------------------------------------------
# Debian's musl-gcc does not search the kernel headers; the few uapi headers
# we use are vendored in include/uapi (see include/uapi/README).
STATIC_FLAGS = $(CSTD) $(WARN) $(WERROR) -Os -Isrc -isystem include/uapi \
               -static -s -ffunction-sections -fdata-sections -Wl,--gc-sections
static: $(B)/static/pktsend $(B)/static/pktrecv
	@size=$$(stat -c %s $(B)/static/pktsend); echo "pktsend: $$size bytes"; \
	 test $$size -lt 204800 || { echo "pktsend over 200 KB"; exit 1; }
	@size=$$(stat -c %s $(B)/static/pktrecv); echo "pktrecv: $$size bytes"; \
	 test $$size -lt 204800 || { echo "pktrecv over 200 KB"; exit 1; }
$(B)/static/%: src/%.c $(LIB_SRC) $(HDRS)
	@mkdir -p $(@D)
	$(MUSLCC) $(STATIC_FLAGS) -o $@ $< $(LIB_SRC) $(LDLIBS)

# --- ASan + UBSan builds of the binaries and the unit tests --------------
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan: $(B)/asan/pktsend $(B)/asan/pktrecv $(UNIT_SRC:tests/unit/%.c=$(B)/asan/unit/%)
$(B)/asan/%: src/%.c $(LIB_SRC) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) $(WERROR) -O1 -g $(SAN) -Isrc -o $@ $< $(LIB_SRC) $(LDLIBS)
$(B)/asan/unit/%: tests/unit/%.c tests/unit/tap.h $(LIB_SRC) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) $(WERROR) -O1 -g $(SAN) -Isrc -o $@ $< $(LIB_SRC) $(LDLIBS)

# --- tests ---------------------------------------------------------------
# Unit tests (TAP, no root) run under ASan+UBSan.
check: asan
	prove -v $(UNIT_SRC:tests/unit/%.c=$(B)/asan/unit/%)

# Namespace tests: root, run the real binaries (the ASan build).
netcheck: all asan
	PKTBENCH_BIN=$(B)/asan prove -v tests/net/test_*.sh

test: check netcheck

# Debian/Ubuntu packages for building, testing and the bench (root).
deps:
	scripts/deps.sh

clean:
	rm -rf $(B)

help:
	@echo "make            gcc build in $(B)/gcc"
	@echo "make static     static musl build in $(B)/static (stripped, < 200 KB)"
	@echo "make clang      clang build (warnings as errors)"
	@echo "make asan       ASan+UBSan builds of binaries and unit tests"
	@echo "make check      unit tests (TAP, no root)"
	@echo "make netcheck   namespace tests (root)"
	@echo "make test       everything"
	@echo "make deps       install build/test packages (apt-get, root)"
