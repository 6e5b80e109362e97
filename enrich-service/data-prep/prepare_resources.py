#!/usr/bin/env python3
"""Trims the reference data in data-prep/sources into enrich-service resources (run by hand when the data changes).

Usage: python3 enrich-service/data-prep/prepare_resources.py [SOURCES [OUT]]
  defaults: enrich-service/data-prep/sources and enrich-service/src/main/resources/io/kawat/enrich
Reads GeoNames (CC BY 4.0), the IPTC Media Topics vocabulary (CC BY 4.0), IPTC EXTRA rules (MIT) and the
international-organisation table (MIT); writes only the columns and rows the analyzer uses.
"""
import csv, io, json, re, shutil, sys, zipfile
from pathlib import Path

LANGS = ["en", "id", "ms", "es", "fr", "de", "pt", "it", "nl", "tr", "vi", "tl", "sw", "nb", "sv", "da"]
MIN_POPULATION = 250_000
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .\-]+$")

def latin_name(name):
    return len(name) >= 3 and LATIN.match(name) and not name.isupper() and name[0].isupper()

def countries(src, out):
    shutil.copy(src / "gazetteer/countryInfo.tsv", out / "gazetteer/countryInfo.tsv")
    names = json.loads((src / "gazetteer/country_translations.json").read_text(encoding="utf-8"))
    with open(out / "gazetteer/country-names.tsv", "w", encoding="utf-8") as f:
        f.write("#geonameid\tlang\tname\n")
        for gid in sorted(names, key=int):
            for lang in LANGS:
                name = names[gid].get(lang)
                if name and latin_name(name):
                    f.write(f"{gid}\t{lang}\t{name}\n")

def cities(src, out):
    with zipfile.ZipFile(src / "gazetteer/cities15000.zip") as z:
        text = z.read("cities15000.txt").decode("utf-8")
    with open(out / "gazetteer/cities.tsv", "w", encoding="utf-8") as f:
        f.write("#geonameid\tname\tcountry\tpopulation\tfeatureCode\talternateNames(Latin script)\n")
        for row in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
            gid, name, ascii_name, alternates, fcode, country, population = (
                row[0], row[1], row[2], row[3], row[7], row[8], int(row[14] or 0))
            if population < MIN_POPULATION and fcode != "PPLC":
                continue
            alts = sorted({a for a in alternates.split(",") if latin_name(a)} | {ascii_name} - {name})
            f.write(f"{gid}\t{name}\t{country}\t{population}\t{fcode}\t{'|'.join(alts)}\n")

def orgs(src, out):
    rows = csv.DictReader(open(src / "gazetteer/orgs/CountrycodesOrgs.csv", encoding="utf-8"))
    seen = {}
    for r in rows:
        seen.setdefault(r["org_id"].strip(), r["org_name"].strip())
    with open(out / "gazetteer/orgs.tsv", "w", encoding="utf-8") as f:
        f.write("#acronym\tname\n")
        for acronym in sorted(seen):
            f.write(f"{acronym}\t{seen[acronym]}\n")

def topics(src, out):
    data = json.loads((src / "iptc/cptall-x-all.json").read_text(encoding="utf-8"))
    slim = []
    for c in data["conceptSet"]:
        if c.get("retired"):
            continue
        subjects = [u.rsplit("/", 1)[1] for u in c.get("exactMatch", []) if "/subjectcode/" in u]
        slim.append({"qcode": c["qcode"], "prefLabel": c.get("prefLabel", {}),
                     "broader": c.get("broader", []), "subjectCodes": subjects})
    header = {k: data.get(k) for k in ("uri", "copyrightHolder", "licenceLink", "dateReleased")}
    (out / "topic/mediatopics.json").write_text(
        json.dumps({"about": header, "concepts": slim}, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    shutil.copy(src / "iptc/extra-examples/rules_IPTC-Media-Topics-english.json", out / "topic/extra-rules-en.json")

def main():
    here = Path(__file__).resolve().parent
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "sources"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else here.parent / "src/main/resources/io/kawat/enrich"
    for sub in ("gazetteer", "topic"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    countries(src, out); cities(src, out); orgs(src, out); topics(src, out)

if __name__ == "__main__":
    main()
