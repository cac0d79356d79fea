import BriefArticle
import BriefModel
import XCTest

final class ArticleParserTests: XCTestCase {}
