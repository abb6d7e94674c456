import json,glob,re,sys
pat=re.compile(sys.argv[1],re.I)
for f in glob.glob('tests/fixtures/commitments/*.jsonl')+glob.glob('/work/devset/set-*.jsonl'):
  for line in open(f):
    d=json.loads(line)
    for c in d['commitments']:
      t=d['text']; i=t.find(c['quote'])
      seg=t[i:i+len(c['quote'])+40]
      if pat.search(seg): print(d['id'], d['sentAt'][:16], c['due'], '|', seg.replace('\n',' ')[:110])
