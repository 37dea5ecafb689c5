# LK3 Desktop: `make run` starts the program, `make test` runs the whole suite offscreen.
# Both create the virtual environment (.venv) on first use; nothing here needs a display.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint demo clean bench bench-backup faults screenshots translations dist icons \
	dist-check

# A changed pyproject.toml rebuilds the venv from empty: upgrading in place would leave wheels
# behind that the new pins replace (PySide6-Pdf 6.12 beside PySide6-Addons 6.11 both hold QtPdf).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lk3-desktop $(if $(DB),--db $(DB),)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto

# ruff, then mypy on lk3_desktop/ ([tool.mypy] in pyproject.toml); either one failing fails lint.
lint: $(STAMP)
	$(BIN)/ruff check lk3_desktop tests
	$(BIN)/python -m mypy

# An encrypted demo file with an account per role (made once; delete demo.sqlite* to remake).
DEMO_PASSWORD := demo-sandi-1
demo: $(STAMP)
	test -f demo.sqlite || $(BIN)/lk3-desktop demo-data --db demo.sqlite --cases 200 \
		--password $(DEMO_PASSWORD) --recovery-key-file demo-kunci-pemulihan.txt
	@echo "Masuk sebagai admin, kasi, rina, yusran, maria, andi atau hendra; sandi $(DEMO_PASSWORD)"
	$(BIN)/lk3-desktop --db demo.sqlite

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmark.py

# Back up a 100,000-case file with our backup and with the sqlite3 shell's .backup.
bench-backup: $(STAMP)
	$(BIN)/python tests/bench_backup.py

# 200 random SIGKILLs of a process saving wizard steps; reports kills and failed files.
faults: $(STAMP)
	$(BIN)/python tests/faults.py --kills 200

# The one-folder program for a shelter laptop, built from a clean venv with only what the
# program needs (no test tools), into dist/LK3 Desktop/. Then: "dist/LK3 Desktop/lk3-desktop"
# self-check.
DIST_VENV := build/dist-venv
dist:
	$(PYTHON) -m venv --clear $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DIST_VENV)/bin/python -m pip install --quiet . "pyinstaller>=6,<7"
	$(DIST_VENV)/bin/pyinstaller build.spec --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	@du -sh "dist/LK3 Desktop"

# A fresh clone builds the folder and the built program passes its own self-check (CI).
dist-check: $(STAMP)
	LK3_BUILD_TEST=1 $(BIN)/python -m pytest -q -s tests/test_build.py

# The program's icon as PNG and ICO, drawn from resources/icons/lk3.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/make_icons.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/screenshots.py --lang en

# lk3_en.ts collects every tr("…") of the program and the SOP data's visible strings (printed
# by `python -m lk3_desktop.i18n`); translate the new entries in it, then run this again.
TS_OPTIONS := -extensions py -locations none -no-obsolete -source-language id_ID -target-language en_GB
translations: $(STAMP)
	mkdir -p build
	$(BIN)/python -m lk3_desktop.i18n > build/sop_strings.py
	$(BIN)/pyside6-lupdate $(TS_OPTIONS) lk3_desktop build/sop_strings.py -ts resources/translations/lk3_en.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/lk3_en.ts -qm resources/translations/lk3_en.qm
	$(BIN)/pyside6-lrelease -silent resources/translations/qt_id.ts -qm resources/translations/qt_id.qm
