# brief — build, fonts, sample and tests. `make sample` is the Quick start's first command.
NOTO    := /usr/share/fonts/truetype/noto
FONTS   := NotoSerif-Regular NotoSerif-Bold NotoSerif-Italic NotoSerif-BoldItalic \
           NotoSans-Regular NotoSans-Bold NotoSans-Italic NotoSans-BoldItalic \
           NotoNaskhArabic-Regular NotoNaskhArabic-Bold NotoSansSymbols-Regular
NOTO_LICENSE := /usr/share/doc/fonts-noto-core/copyright
HYPHEN_PATTERNS := /usr/share/hyphen/hyph_en_US.dic
SAMPLE  := reports/samples/islamabad-conference.txt
# The one list of Debian packages the project needs (build, fonts, tests); `.ci/run` installs it with `make deps`.
APT_PACKAGES := make libcairo2-dev libpango1.0-dev libfontconfig-dev fonts-noto-core poppler-utils qpdf python3 \
                libhyphen-dev hyphen-en-us
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX  ?= /usr/local
MANUAL  := .build/plugins/GenerateManual/outputs/brief/brief.1

.PHONY: all deps print-deps check-setup fonts build sample test memcheck bench man install uninstall clean

all: sample

## Install the Debian packages that are missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## Print the install list (one line).
print-deps:
	@echo $(APT_PACKAGES)

## Prove the set-up: every file taken from the system belongs to a package in APT_PACKAGES, so a machine
## that happens to have more packages installed cannot hide a missing install step.
check-setup: deps
	@status=0; for f in $(foreach f,$(FONTS),$(NOTO)/$(f).ttf) $(NOTO_LICENSE) $(HYPHEN_PATTERNS); do \
	  owner=$$(dpkg -S "$$f" 2>/dev/null | head -n1 | cut -d: -f1); \
	  if [ -z "$$owner" ]; then echo "check-setup: $$f belongs to no installed package"; status=1; \
	  elif ! echo " $(APT_PACKAGES) " | grep -q " $$owner "; then \
	    echo "check-setup: $$f comes from $$owner, which APT_PACKAGES does not list"; status=1; fi; \
	done; [ $$status = 0 ] && echo "check-setup: every copied or read system file comes from a listed package"; exit $$status

## Copy the default theme's faces from Debian's fonts-noto-core into fonts/.
fonts: deps
	@for f in $(FONTS); do \
	  [ -f fonts/$$f.ttf ] || cp $(NOTO)/$$f.ttf fonts/$$f.ttf || exit 1; \
	done
	@[ -f fonts/LICENSE-Noto.txt ] || cp $(NOTO_LICENSE) fonts/LICENSE-Noto.txt

build: fonts
	swift build -c release --product brief

## Quick start: install, build and render the bundled sample to output/.
sample: build
	.build/release/brief build $(SAMPLE)

## The whole test suite.
test: fonts
	swift test

## Memory errors: one `brief build` of the sample and one `brief render` of its extracted facts under valgrind;
## any invalid read or write, or use of an uninitialised value, fails (leaks are not counted, so no suppressions).
## Debian's valgrind 3.19 cannot read the DWARF 5 debug information Swift writes, so it runs a copy of the
## release binary without it (function names stay). CI does not run this target, so valgrind is installed
## here through `deps` rather than listed in APT_PACKAGES.
MEMCHECK_DIR := .build/memcheck
VALGRIND := valgrind --error-exitcode=1 --leak-check=no
memcheck: build
	@$(MAKE) --no-print-directory deps APT_PACKAGES="valgrind binutils"
	@mkdir -p $(MEMCHECK_DIR)
	objcopy --strip-debug .build/release/brief $(MEMCHECK_DIR)/brief
	$(VALGRIND) $(MEMCHECK_DIR)/brief build $(SAMPLE) -o $(MEMCHECK_DIR)/sample.pdf
	$(MEMCHECK_DIR)/brief extract $(SAMPLE) -o $(MEMCHECK_DIR)/facts.json
	$(VALGRIND) $(MEMCHECK_DIR)/brief render $(MEMCHECK_DIR)/facts.json -o $(MEMCHECK_DIR)/facts.pdf
	@echo "memcheck: valgrind found no memory errors in build or render"

bench: build
	swift build -c release --product brief-bench && .build/release/brief-bench ../shared/corpus/articles

## The manual page, generated from the command's help: .build/plugins/GenerateManual/outputs/brief/brief.1
man:
	swift package generate-manual --date 2024-04-27
	@echo "man page: $(MANUAL) (view it with: man -l $(MANUAL))"

## Install the binary and what it reads: PREFIX/bin/brief, PREFIX/share/brief/{fonts,Gazetteers,facts.schema.json}, shell
## completions, and the manual page when `make man` made it. DESTDIR is put before every path, for packaging.
## CONFIG=debug installs the debug binary (the tests do, to prove an installed copy works).
CONFIG  ?= release
install: .build/$(CONFIG)/brief
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/brief/fonts $(DESTDIR)$(PREFIX)/share/brief/Gazetteers
	install -m 755 .build/$(CONFIG)/brief $(DESTDIR)$(PREFIX)/bin/brief
	install -m 644 fonts/*.ttf fonts/LICENSE-Noto.txt $(DESTDIR)$(PREFIX)/share/brief/fonts/
	install -m 644 $$(find Sources/BriefExtract/Gazetteers -maxdepth 1 -type f) $(DESTDIR)$(PREFIX)/share/brief/Gazetteers/
	install -m 644 Sources/BriefModel/Resources/facts.schema.json $(DESTDIR)$(PREFIX)/share/brief/
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	.build/$(CONFIG)/brief completion bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/brief
	.build/$(CONFIG)/brief completion zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_brief
	.build/$(CONFIG)/brief completion fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/brief.fish
	@if [ -f $(MANUAL) ]; then install -d $(DESTDIR)$(PREFIX)/share/man/man1 && \
	  install -m 644 $(MANUAL) $(DESTDIR)$(PREFIX)/share/man/man1/brief.1; fi
	@echo "installed brief in $(DESTDIR)$(PREFIX)"

.build/release/brief: fonts
	swift build -c release --product brief

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/brief $(DESTDIR)$(PREFIX)/share/brief $(DESTDIR)$(PREFIX)/share/man/man1/brief.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/brief $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_brief \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/brief.fish

clean:
	rm -rf .build output/*.pdf
