// Method chains: one line while they fit in chain_width (60), one link per line otherwise.
fn main() {
    let x = a.b().c().d();
    let y = items.iter().map(|x| x * 2).filter(|x| *x > 3).collect::<Vec<_>>();
    let z = items.iter().map(|x| x * 2).filter(|x| *x > 3).sum::<i32>();
    let total: u64 = self.entries.values().filter(|e| e.is_active()).map(|e| e.size).sum();
    let s = text.trim().split_whitespace().map(str::to_uppercase).collect::<Vec<String>>().join(" ");
    foo.bar.baz.qux.quux.corge.grault.garply.waldo.fred.plugh.xyzzy.thud.wibble.wobble.wubble;
    let r = builder.name("x").size(10).color(Color::Red).weight(3.5).visible(true).build()?;
    let owned = value.to_string();
    let long_receiver_name_here = another_long_receiver_name.first_method().second_method();
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let q = vec.iter().position(|item| item.name == target_name && item.kind == Kind::Special).unwrap_or(0);
    tokio::spawn(async move { handle_connection(stream, state).await.expect("handler failed") });
    let val = map.get(&key).cloned().unwrap_or_else(|| panic!("missing key {:?} in map {:?}", key, map));
    self.buffer.push_str(&format!("{}{}", indentation_string_for_level(depth), line_contents));
}
