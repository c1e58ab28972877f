// Looping over a struct that does not implement `Iterator`/`IntoIterator`: E0277.
struct Playlist {
    songs: Vec<String>,
}

fn main() {
    let list = Playlist { songs: vec!["a".to_string(), "b".to_string()] };
    for song in list {
        println!("{song}");
    }
}
