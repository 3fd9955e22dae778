"""Which case weights make the k > 1 sign-flip test most powerful, at what false-fail rate.

An independent re-implementation (numpy) of the scenarios of `promptgate-bench stats` (case mixes,
diffuse or concentrated 10-point drops, repeats shared with probability rho), running only the
pass-rate test at alpha = 0.04 with these statistics: the unweighted sum of per-case changes (unw),
changes divided by the pooled standard deviation of both versions' runs (stud), by the pooled
variance (ivar), by the pooled standard deviation with p shrunk to (passes + 1) / (runs + 2)
(stud_shr, the gate's choice until December 2026), and by the standard error from each version's
own runs with p = (passes + a) / (runs + 2a) (wvA, e.g. wv0.5: the Jeffreys estimate, what the gate
uses now), and wv0.5 times |change|^(C x the share of informative cases that flipped completely)
(adC, e.g. ad4: a weighting tried in December 2026 and not adopted). Each weighted change is rounded to 1/60 and the exact sign-flip distribution is built by
convolution.

    python3 scripts/sign_flip_weights_study.py SEED TRIALS [REPEATS] [CASES] [KINDS]
    # e.g. 11 2000 3 60 unw,stud_shr,wv0.5   (about a minute; ivar is much slower)

Results and the choice: docs/statistics.md.
"""
import numpy as np, sys
rng = np.random.default_rng(1)  # reseeded from the command line below

def draw(mix, n):
    if mix=='stable':
        u = rng.random(n); p = np.where(u<0.7, 0.97, np.where(u<0.8, 0.03, 0.3+0.4*rng.random(n))); return p
    if mix=='u':
        s = np.sin(np.pi/2*rng.random(n)); return s*s
    if mix=='eh':
        u = rng.random(n); return np.where(u<0.7, 0.9+0.1*rng.random(n), 0.2+0.4*rng.random(n))

def shift(p, change):
    n=len(p); c=np.clip(p,0,1); remaining=c.sum()+change*n
    if remaining<=0: return np.zeros(n)
    d=np.sort(c)[::-1]; s=0; off=0
    for a in range(1,n+1):
        s+=d[a-1]; off=(s-remaining)/a; nxt=d[a] if a<n else 0
        if off>=nxt: break
    return np.maximum(0,c-off)

def brk(p, change, dest):
    r=p.copy(); rem=abs(change)*len(p)
    for i in rng.permutation(len(p)):
        if rem<=0: break
        room=r[i]-dest
        if room<=0: continue
        st=min(room,rem); r[i]-=st; rem-=st
    return r

def side(p,k,rho):
    n=len(p); shared = rng.random(n)<rho; so = rng.random(n)<p
    ind = (rng.random((n,k))<p[:,None]).sum(1)
    return np.where(shared, so*k, ind)

def pvalue(a_signed):
    # exact sign-flip on integer values; returns P(S*<=S) and also crit
    mags=np.abs(a_signed); mags=mags[mags>0]
    if len(mags)==0: return 1.0
    tot=int(mags.sum()); dist=np.zeros(2*tot+1); dist[tot]=1.0
    for m in mags:
        m=int(m); nd=np.zeros_like(dist); nd[:-m] += 0.5*dist[m:]; nd[m:] += 0.5*dist[:-m]; dist=nd
    S=int(a_signed.sum()); return dist[:tot+S+1].sum()

G=60
def weights(b,c,k,kind):
    t=(b+c)/(2*k)
    v=t*(1-t)
    v=np.where(v<=0,1,v)
    if kind=='unw': return np.ones_like(t)
    if kind=='stud': return 0.5/np.sqrt(v)
    if kind=='ivar': return 0.25/v
    if kind=='stud_shr':
        ts=(b+c+1)/(2*k+2); return 0.5/np.sqrt(ts*(1-ts))
    if kind.startswith('ad'):
        # wv0.5 times |d|^(C * share of informative cases that flipped completely), e.g. ad4
        d=np.abs(c-b)/k; nz=(d>0).sum()
        g=float(kind[2:])*((d==1).sum()/nz if nz else 0)
        return weights(b,c,k,'wv0.5')*d**g
    if kind.startswith('wv'):
        a=float(kind[2:])
        pb=(b+a)/(k+2*a); pc=(c+a)/(k+2*a)
        return 0.5/np.sqrt((pb*(1-pb)+pc*(1-pc))/2)
    raise

def trial(mix, model, rho, drop, k, n, kinds, alpha=0.04):
    p=draw(mix,n)
    if drop>0:
        q = shift(p,-drop/100) if model=='diffuse' else brk(p,-drop/100, 0.03)
    else: q=p
    b=side(p,k,rho); c=side(q,k,rho)
    res={}
    for kind in kinds:
        w=weights(b,c,k,kind)
        a=np.rint(w*(c-b)*G).astype(int) if kind!='unw' else (c-b)
        res[kind]= pvalue(a)<alpha
    return res

if __name__ == "__main__":
    rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv)>1 else 1)
    kinds=sys.argv[5].split(',') if len(sys.argv)>5 else ['unw','stud_shr','wv0.5']
    T=int(sys.argv[2]) if len(sys.argv)>2 else 400
    k=int(sys.argv[3]) if len(sys.argv)>3 else 3
    n=int(sys.argv[4]) if len(sys.argv)>4 else 60
    for mix in ['stable','u','eh']:
        for model,drop in [('none',0),('diffuse',10),('conc',10)]:
            for rho in [0.0,0.5,0.8]:
                cnt={kk:0 for kk in kinds}
                for _ in range(T):
                    r=trial(mix,model,rho,drop,k,n,kinds)
                    for kk in kinds: cnt[kk]+=r[kk]
                print(mix,model,rho, ' '.join(f"{kk}={cnt[kk]/T*100:.1f}" for kk in kinds), flush=True)
