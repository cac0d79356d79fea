# brief — build, fonts, sample and tests. `make sample` is the Quick start's first command.
NOTO    := /usr/share/fonts/truetype/noto
FONTS   := NotoSerif-Regular NotoSerif-Bold NotoSerif-Italic NotoSerif-BoldItalic \
           NotoSans-Regular NotoSans-Bold NotoSans-Italic NotoSans-SemiBold \
           NotoNaskhArabic-Regular NotoNaskhArabic-Bold NotoSansSymbols-Regular
SAMPLE  := reports/samples/islamabad-conference.txt
APT_PACKAGES := libcairo2-dev libpango1.0-dev libfontconfig-dev fonts-noto-core poppler-utils qpdf python3 libhyphen-dev hyphen-en-us
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps fonts build sample test bench clean

all: sample

## Install the Debian packages that are missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## Copy the default theme's faces from Debian's fonts-noto-core into fonts/.
fonts: deps
	@for f in $(FONTS); do \
	  [ -f fonts/$$f.ttf ] || cp $(NOTO)/$$f.ttf fonts/$$f.ttf || exit 1; \
	done
	@[ -f fonts/LICENSE-Noto.txt ] || cp /usr/share/doc/fonts-noto-core/copyright fonts/LICENSE-Noto.txt

build: fonts
	swift build -c release --product brief

## Quick start: install, build and render the bundled sample to output/.
sample: build
	.build/release/brief build $(SAMPLE)

## The whole test suite.
test: fonts
	swift test

bench: build
	swift build -c release --product brief-bench && .build/release/brief-bench ../shared/corpus/articles

clean:
	rm -rf .build output/*.pdf
