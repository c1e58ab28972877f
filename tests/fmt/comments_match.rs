fn main() {
    match x {
        // leading comment on arm
        1 => a(), // trailing after arm
        2 => {
            // comment inside block arm
            b()
        }
        /* block comment before arm */ 3 => c(),
        4 | 5 => d(), // four or five
        _ => {} // fallback
        // comment after last arm
    }
    match y { Some(v) /* found */ => v, None => 0 }
}
