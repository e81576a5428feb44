import sys
sys.argv=[sys.argv[0]]+sys.argv[1:]
from pathlib import Path
import importlib.util
spec=importlib.util.spec_from_file_location("qp", Path(__file__).with_name("quotes_polnear.py"))
qp=importlib.util.module_from_spec(spec); spec.loader.exec_module(qp)
import pandas as pd, analysis
from nltk.stem.snowball import SnowballStemmer
stemmer=SnowballStemmer("english"); qp._load_given_names(); qp._STEMMED.update(stemmer.stem(w) for w in qp.SPEECH_LEMMAS)
root=qp._data_dir()/"polnear"/"train"
for pref in sys.argv[1:]:
    tp=sorted((root/"text").glob(pref+"*.txt"))[0]; text=tp.read_text()
    ann=sorted((root/"attributions").glob(tp.stem+"_*.ann"))[0]
    gold=[g for g in qp.parse_ann(ann,text) if g["cue"].strip()==":" or qp._lemma_ok(g["cue"],stemmer.stem) or qp._in_quotes(text,g["content"])]
    qp.resolve_gold_sources(gold,text)
    pred=analysis.extract_quotes(pd.DataFrame({"article_id":[tp.stem],"text":[text]}))
    pred=qp.statements(pred,{tp.stem:text})
    print("=====",tp.stem)
    ev=[]
    for g in gold:
        s=g["content"][0][0]; ev.append((s,"G",f'{g["source_text"]!r}->{g["source_resolved"]["d"]!r} [{g["cue"]}] {text[s:g["content"][-1][1]][:90]!r}'))
    for r in pred.itertuples():
        ev.append((r.start,"P",f'{r.speaker!r} ({r.speaker_mention!r}) [{r.cue}] {r.quote[:90]!r}'))
    for s,k,t in sorted(ev): print(s,k,t)
