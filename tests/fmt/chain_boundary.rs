fn main() {
    let a = items.iter().map(|x| x + 1).filter(|x| *x > 2).count();
    let b = items.iter().map(|x| x + 1).filter(|x| *x > 2).collect::<Vec<_>>();
    let c = some_object.method_one().method_two().method_three().method_four();
    let d = some_object.method_one().method_two().method_three().method_four_();
    let e = x.a().b().c();
    let f = self.field.other_field.yet_another_field.final_field_name_here.len();
    let g = builder.name("a").age(3).build();
    let h = builder.name("a long name here").age(30).address("somewhere far").build().unwrap();
    let i = vec.iter().map(|item| { let y = item * 2; y + 1 }).sum::<u32>();
    let j = foo.bar?.baz()?.qux;
    let k = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff.gg.hh;
    let l = future.await.map_err(|e| Error::new(e)).and_then(|v| process(v)).unwrap_or_else(|_| default());
}
