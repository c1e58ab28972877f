// IntoIterator for a custom collection: by value, by reference and by mutable reference.

#[derive(Debug)]
struct Playlist {
    songs: Vec<Song>,
}

#[derive(Debug, Clone)]
struct Song {
    title: String,
    secs: u32,
    plays: u32,
}

impl Playlist {
    fn from_pairs(pairs: &[(&str, u32)]) -> Self {
        Playlist { songs: pairs.iter().map(|&(t, s)| Song { title: t.into(), secs: s, plays: 0 }).collect() }
    }
}

impl IntoIterator for Playlist {
    type Item = Song;
    type IntoIter = std::vec::IntoIter<Song>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.into_iter()
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a Song;
    type IntoIter = std::slice::Iter<'a, Song>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

impl<'a> IntoIterator for &'a mut Playlist {
    type Item = &'a mut Song;
    type IntoIter = std::slice::IterMut<'a, Song>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter_mut()
    }
}

impl FromIterator<Song> for Playlist {
    fn from_iter<I: IntoIterator<Item = Song>>(iter: I) -> Self {
        Playlist { songs: iter.into_iter().collect() }
    }
}

impl Extend<Song> for Playlist {
    fn extend<I: IntoIterator<Item = Song>>(&mut self, iter: I) {
        for s in iter {
            self.songs.push(s);
        }
    }
}

fn total_secs<'a>(songs: impl IntoIterator<Item = &'a Song>) -> u32 {
    songs.into_iter().map(|s| s.secs).sum()
}

fn main() {
    let mut list = Playlist::from_pairs(&[("intro", 95), ("anthem", 241), ("ballad", 318), ("outro", 60)]);
    for song in &mut list {
        song.plays += song.title.len() as u32;
    }
    for song in &list {
        println!("{:<7} {}:{:02} plays={}", song.title, song.secs / 60, song.secs % 60, song.plays);
    }
    println!("total {} s", total_secs(&list));

    let long: Playlist = list.songs.iter().filter(|s| s.secs > 100).cloned().collect();
    println!("long songs: {}", long.songs.len());
    let mut mix = long;
    mix.extend(vec![Song { title: "bonus".into(), secs: 30, plays: 0 }]);
    let titles: Vec<String> = mix.into_iter().map(|s| s.title).collect();
    println!("mix: {:?}", titles);

    let mut n = 0;
    for s in list {
        n += s.plays;
    }
    println!("plays after consuming: {}", n);
}
