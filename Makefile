# Two commands set everything up on a fresh machine: `make report` and `make test`.
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Debian packages: CJK and Latin fonts for charts and the PDF (小红书 must not render as boxes);
# headless Chromium for the test that sorts and filters the HTML report's tables in a browser.
SYSTEM_PACKAGES := fonts-noto-cjk fonts-noto-core chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
unexport MPLBACKEND

.PHONY: report test system-packages venv clean benchmark

report: system-packages venv
	$(PYTHON) -m newsreport build

test: system-packages venv
	$(PYTHON) -m pytest

system-packages:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
	  echo "installing $(SYSTEM_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES) && \
	  rm -rf $$HOME/.cache/matplotlib; }

venv: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -r requirements.txt
	$(VENV)/bin/pip install -q --no-deps -e .
	touch $(STAMP)

benchmark: venv
	$(PYTHON) benchmarks/build_benchmark.py

clean:
	rm -rf data/*.csv data/*.json figures/*.png figures/*.csv report/*.html report/*.pdf executed
