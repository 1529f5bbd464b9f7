use newsgraph_core::Article;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let p = newsgraph_nlp::Pipeline::standard().unwrap();
    let doc = p.annotate(Article {
        id: "x".into(),
        text,
        ..Article::default()
    });
    for m in &doc.mentions {
        println!("{:?}\t{}", m.kind, doc.span_text(m.span));
    }
    for e in &doc.entities {
        let spans: Vec<&str> = e.spans.iter().map(|s| doc.span_text(*s)).collect();
        println!(
            "E {:?} {} {:?} {:?} {:?} {:?}",
            e.kind, e.name, e.country, e.role, e.title, spans
        );
    }
}
// entities
pub fn _x() {}
